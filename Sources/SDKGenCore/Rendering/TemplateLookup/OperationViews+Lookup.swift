import Mustache

// Template lookups of the operation views (ViewModels/OperationViews.swift): each answers its stored properties by
// name, so rendering needs no reflection. `TemplateLookupTests` checks that every stored property is answered.

extension OperationGroupView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "header": self.header
        case "access": self.access
        case "typeName": self.typeName
        case "docLines": self.docLines
        case "operations": self.operations
        case "outcomes": self.outcomes
        default: nil
        }
    }
}

extension OperationView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "methodName": self.methodName
        case "docLines": self.docLines
        case "isDeprecated": self.isDeprecated
        case "isDiscardableResult": self.isDiscardableResult
        case "arguments": self.arguments
        case "errorType": self.errorType
        case "returnType": self.returnType
        case "operationIDLiteral": self.operationIDLiteral.code
        case "methodLiteral": self.methodLiteral.code
        case "pathLiteral": self.pathLiteral.code
        case "requestBinding": self.requestBinding
        case "pathParameters": self.pathParameters
        case "queryParameters": self.queryParameters
        case "headerParameters": self.headerParameters
        case "cookieParameters": self.cookieParameters
        case "jsonBody": self.jsonBody
        case "binaryBody": self.binaryBody
        case "textBody": self.textBody
        case "multipartBody": self.multipartBody
        case "urlEncodedBody": self.urlEncodedBody
        case "acceptLiteral": self.acceptLiteral?.code
        case "successCases": self.successCases
        case "errorCases": self.errorCases
        case "documentedDefault": self.documentedDefault
        case "download": self.download
        case "pagination": self.pagination
        case "stream": self.stream
        default: nil
        }
    }
}

extension StreamView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "streamMethod": self.streamMethod
        case "mediaTypeLiteral": self.mediaTypeLiteral.code
        case "mediaTypeText": self.mediaTypeText.text
        case "isEventStream": self.isEventStream
        case "framing": self.framing
        case "sequenceType": self.sequenceType
        case "eventType": self.eventType
        case "yieldsText": self.yieldsText
        case "sentinelLiteral": self.sentinelLiteral.code
        default: nil
        }
    }
}

extension ArgumentView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "type": self.type
        case "defaultArgument": self.defaultArgument
        case "docText": self.docText.text
        default: nil
        }
    }
}

extension ParameterLineView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "wireLiteral": self.wireLiteral.code
        case "name": self.name
        case "valueExpression": self.valueExpression
        case "styleArguments": self.styleArguments
        case "isIdempotencyKey": self.isIdempotencyKey
        default: nil
        }
    }
}

extension BodyArgumentView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "contentTypeLiteral": self.contentTypeLiteral.code
        case "isOptional": self.isOptional
        default: nil
        }
    }
}

extension FormBodyView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "fields": self.fields
        case "binding": self.binding
        default: nil
        }
    }
}

extension FormFieldView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "wireLiteral": self.wireLiteral.code
        case "name": self.name
        case "isFile": self.isFile
        case "isText": self.isText
        case "isJSON": self.isJSON
        case "isOptional": self.isOptional
        case "textExpression": self.textExpression
        case "valueExpression": self.valueExpression
        default: nil
        }
    }
}

extension SuccessCaseView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "statusPattern": self.statusPattern
        case "decodesJSON": self.decodesJSON
        case "returnsData": self.returnsData
        case "returnsText": self.returnsText
        case "returnsNothing": self.returnsNothing
        case "type": self.type
        case "valueOpen": self.valueOpen
        case "valueClose": self.valueClose
        case "nothingValue": self.nothingValue
        default: nil
        }
    }
}

extension ErrorCaseView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "statusPattern": self.statusPattern
        case "caseName": self.caseName
        case "payloadType": self.payloadType
        case "bodyType": self.bodyType
        case "docText": self.docText.text
        default: nil
        }
    }
}

extension DownloadView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "methodName": self.methodName
        default: nil
        }
    }
}

extension PaginationView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "pagesMethod": self.pagesMethod
        case "itemsMethod": self.itemsMethod
        case "hasItemSequence": self.hasItemSequence
        case "pageType": self.pageType
        case "itemType": self.itemType
        case "arguments": self.arguments
        case "callArguments": self.callArguments
        case "itemsCallArguments": self.itemsCallArguments
        case "firstCursorExpression": self.firstCursorExpression
        case "nextCursorExpression": self.nextCursorExpression
        case "itemCountExpression": self.itemCountExpression
        case "itemsExpression": self.itemsExpression
        default: nil
        }
    }
}

extension OperationErrorsFileView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "header": self.header
        case "access": self.access
        case "enums": self.enums
        case "aliases": self.aliases
        default: nil
        }
    }
}

extension OperationErrorView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "operationDescription": self.operationDescription
        case "cases": self.cases
        default: nil
        }
    }
}

extension ErrorAliasView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "bodyType": self.bodyType
        default: nil
        }
    }
}

extension OutcomeView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "cases": self.cases
        default: nil
        }
    }
}

extension OutcomeCaseView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "payload": self.payload
        case "docText": self.docText.text
        default: nil
        }
    }
}
