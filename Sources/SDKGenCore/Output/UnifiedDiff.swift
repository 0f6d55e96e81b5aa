/// A small line-based unified diff (longest common subsequence), for readable golden and check failures.
public enum UnifiedDiff {
    /// The unified diff from `old` to `new` with three lines of context; empty when they are equal.
    public static func make(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = script(a, b)
        guard edits.contains(where: { $0.kind != .same }) else { return "" }
        var output = ["--- \(oldName)", "+++ \(newName)"]
        var index = 0
        while index < edits.count {
            guard edits[index].kind != .same else {
                index += 1
                continue
            }
            let start = max(0, index - context)
            var end = index
            var lastChange = index
            while end < edits.count && (edits[end].kind != .same || end - lastChange <= context * 2) {
                if edits[end].kind != .same { lastChange = end }
                end += 1
            }
            end = min(edits.count, lastChange + context + 1)
            let hunk = edits[start..<end]
            let oldStart = (hunk.first?.oldLine ?? 0) + 1
            let newStart = (hunk.first?.newLine ?? 0) + 1
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            output.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            for edit in hunk {
                switch edit.kind {
                case .same: output.append(" " + edit.text)
                case .delete: output.append("-" + edit.text)
                case .insert: output.append("+" + edit.text)
                }
            }
            index = end
        }
        return output.joined(separator: "\n")
    }

    private enum Kind { case same, delete, insert }

    private struct Edit {
        let kind: Kind
        let text: String
        let oldLine: Int
        let newLine: Int
    }

    /// The edit script; common prefix and suffix are trimmed before the quadratic table.
    private static func script(_ a: [String], _ b: [String]) -> [Edit] {
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix && suffix < b.count - prefix
            && a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
        { suffix += 1 }
        let midA = Array(a[prefix..<(a.count - suffix)])
        let midB = Array(b[prefix..<(b.count - suffix)])
        var edits: [Edit] = (0..<prefix).map { Edit(kind: .same, text: a[$0], oldLine: $0, newLine: $0) }
        if midA.count * midB.count > 4_000_000 {
            edits += midA.enumerated().map { Edit(kind: .delete, text: $1, oldLine: prefix + $0, newLine: prefix) }
            edits += midB.enumerated().map {
                Edit(kind: .insert, text: $1, oldLine: prefix + midA.count, newLine: prefix + $0)
            }
        } else {
            edits += middle(midA, midB, offset: prefix)
        }
        for offset in 0..<suffix {
            let oldLine = a.count - suffix + offset
            edits.append(Edit(kind: .same, text: a[oldLine], oldLine: oldLine, newLine: b.count - suffix + offset))
        }
        return edits
    }

    private static func middle(_ a: [String], _ b: [String], offset: Int) -> [Edit] {
        let width = b.count + 1
        var table = [Int](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i * width + j] =
                    a[i] == b[j]
                    ? table[(i + 1) * width + j + 1] + 1
                    : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count && j < b.count && a[i] == b[j] {
                edits.append(Edit(kind: .same, text: a[i], oldLine: offset + i, newLine: offset + j))
                i += 1
                j += 1
            } else if i < a.count && (j == b.count || table[(i + 1) * width + j] >= table[i * width + j + 1]) {
                edits.append(Edit(kind: .delete, text: a[i], oldLine: offset + i, newLine: offset + j))
                i += 1
            } else {
                edits.append(Edit(kind: .insert, text: b[j], oldLine: offset + i, newLine: offset + j))
                j += 1
            }
        }
        return edits
    }
}
