import Mustache

// Template lookups of the client views (ViewModels/ClientViews.swift): each answers its stored properties by name,
// so rendering needs no reflection. `TemplateLookupTests` checks that every stored property is answered.

extension ClientView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "header": self.header
        case "access": self.access
        case "clientName": self.clientName
        case "docLines": self.docLines
        case "groups": self.groups
        case "servers": self.servers
        case "defaultServerName": self.defaultServerName
        case "globals": self.globals
        case "apiVersionLiteral": self.apiVersionLiteral.code
        case "userAgentLiteral": self.userAgentLiteral.code
        case "apiKeyEnvironmentName": self.apiKeyEnvironmentName.text
        case "apiKeyEnvironmentLiteral": self.apiKeyEnvironmentLiteral.code
        case "retry": self.retry
        case "credentialHeaderNames": self.credentialHeaderNames
        case "credentialQueryNames": self.credentialQueryNames
        default: nil
        }
    }
}

extension GroupReferenceView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "property": self.property
        case "typeName": self.typeName
        case "docText": self.docText.text
        default: nil
        }
    }
}

extension ServerView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "urlLiteral": self.urlLiteral.code
        case "docText": self.docText.text
        case "isTemplated": self.isTemplated
        case "parametersText": self.parametersText
        case "valuesText": self.valuesText
        case "enums": self.enums
        default: nil
        }
    }
}

extension ServerEnumView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "variableName": self.variableName.text
        case "cases": self.cases
        default: nil
        }
    }
}

extension GlobalView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "wireName": self.wireName.text
        case "wireLiteral": self.wireLiteral.code
        case "environmentName": self.environmentName.text
        case "environmentLiteral": self.environmentLiteral.code
        case "docLines": self.docLines
        case "isLast": self.isLast
        default: nil
        }
    }
}

extension RetryView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "strategy": self.strategy
        case "initialMilliseconds": self.initialMilliseconds
        case "maxMilliseconds": self.maxMilliseconds
        case "exponent": self.exponent
        case "maxElapsedMilliseconds": self.maxElapsedMilliseconds
        case "statusCodes": self.statusCodes
        case "retryConnectionErrors": self.retryConnectionErrors
        default: nil
        }
    }
}
