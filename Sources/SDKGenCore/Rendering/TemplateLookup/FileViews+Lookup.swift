import Mustache

// Template lookups of the views outside ViewModels/ (FileView.swift, GeneratedFromView.swift, SwiftText.swift).

extension RuntimeFileView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property).
    func child(named key: String) -> Any? {
        switch key {
        case "header": self.header
        case "access": self.access
        case "templateName": self.templateName
        default: nil
        }
    }
}

extension GeneratedFromView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property).
    func child(named key: String) -> Any? {
        switch key {
        case "header": self.header
        case "access": self.access
        case "clientName": self.clientName
        case "documentFileNameLiteral": self.documentFileNameLiteral.code
        case "documentSHA256Literal": self.documentSHA256Literal.code
        case "documentTitleLiteral": self.documentTitleLiteral.code
        case "documentVersionLiteral": self.documentVersionLiteral.code
        case "generatorVersionLiteral": self.generatorVersionLiteral.code
        default: nil
        }
    }
}

extension DocLine: MustacheParent {
    /// `text`, the line body (`///{{text}}`); nil for any other name.
    public func child(named key: String) -> Any? {
        key == "text" ? text : nil
    }
}
