/// Strongly connected components of a directed graph (Tarjan's algorithm, with an explicit stack so long
/// chains cannot overflow the call stack). Used to find `$ref` cycles and recursive types.
struct StronglyConnectedComponents {
    /// Component index of each node.
    private(set) var componentOf: [Int]
    /// The components, each a list of nodes in ascending order; components come in reverse topological order.
    private(set) var components: [[Int]] = []

    /// Computes the components of a graph with `count` nodes and `successors[node]` edges.
    init(count: Int, successors: [[Int]]) {
        componentOf = Array(repeating: -1, count: count)
        var index = Array(repeating: -1, count: count)
        var lowLink = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var stack: [Int] = []
        var nextIndex = 0
        for start in 0..<count where index[start] < 0 {
            // Each frame: a node and the position of the next successor to look at.
            var frames: [(node: Int, next: Int)] = [(start, 0)]
            index[start] = nextIndex
            lowLink[start] = nextIndex
            nextIndex += 1
            stack.append(start)
            onStack[start] = true
            while let frame = frames.last {
                let node = frame.node
                if frame.next < successors[node].count {
                    frames[frames.count - 1].next += 1
                    let successor = successors[node][frame.next]
                    if index[successor] < 0 {
                        index[successor] = nextIndex
                        lowLink[successor] = nextIndex
                        nextIndex += 1
                        stack.append(successor)
                        onStack[successor] = true
                        frames.append((successor, 0))
                    } else if onStack[successor] {
                        lowLink[node] = min(lowLink[node], index[successor])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                guard lowLink[node] == index[node] else { continue }
                var members: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    componentOf[member] = components.count
                    members.append(member)
                    if member == node { break }
                }
                components.append(members.sorted())
            }
        }
    }

    /// Whether `node` lies on a cycle: its component has several nodes, or it has an edge to itself.
    func isCyclic(_ node: Int, successors: [[Int]]) -> Bool {
        components[componentOf[node]].count > 1 || successors[node].contains(node)
    }

    /// Whether an edge from `from` to `to` lies on a cycle.
    func isCyclicEdge(from: Int, to: Int) -> Bool {
        componentOf[from] == componentOf[to]
    }

    /// A shortest cycle through `start` inside its component (breadth-first), as a list of nodes starting and
    /// ending with `start`; nil when `start` is on no cycle.
    static func cycle(through start: Int, successors: [[Int]], within allowed: (Int) -> Bool) -> [Int]? {
        var previous: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for successor in successors[node] where allowed(successor) {
                if successor == start {
                    var backwards = [node]
                    while let last = backwards.last, last != start, let before = previous[last] {
                        backwards.append(before)
                    }
                    return backwards.reversed() + [start]
                }
                if previous[successor] == nil && successor != start {
                    previous[successor] = node
                    queue.append(successor)
                }
            }
        }
        return nil
    }
}
