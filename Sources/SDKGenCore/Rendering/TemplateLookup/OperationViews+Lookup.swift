// Template lookups of the operation views (ViewModels/OperationViews.swift): each answers its stored properties by
// name, so rendering needs no reflection. `TemplateLookupTests` checks that every stored property is answered.

extension OperationGroupView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .header: self.header.templateValue
        case .access: self.access.templateValue
        case .typeName: self.typeName.templateValue
        case .docLines: self.docLines.templateValue
        case .operations: self.operations.templateValue
        case .outcomes: self.outcomes.templateValue
        case .responseHeaders: self.responseHeaders.templateValue
        default: .missing
        }
    }
}

extension OperationView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .methodName: self.methodName.templateValue
        case .docLines: self.docLines.templateValue
        case .isDeprecated: self.isDeprecated.templateValue
        case .isDiscardableResult: self.isDiscardableResult.templateValue
        case .arguments: self.arguments.templateValue
        case .errorType: self.errorType.templateValue
        case .returnType: self.returnType.templateValue
        case .operationIDLiteral: self.operationIDLiteral.code.templateValue
        case .methodLiteral: self.methodLiteral.code.templateValue
        case .pathLiteral: self.pathLiteral.code.templateValue
        case .requestBinding: self.requestBinding.templateValue
        case .pathParameters: self.pathParameters.templateValue
        case .queryParameters: self.queryParameters.templateValue
        case .headerParameters: self.headerParameters.templateValue
        case .cookieParameters: self.cookieParameters.templateValue
        case .jsonBody: self.jsonBody.templateValue
        case .binaryBody: self.binaryBody.templateValue
        case .textBody: self.textBody.templateValue
        case .multipartBody: self.multipartBody.templateValue
        case .urlEncodedBody: self.urlEncodedBody.templateValue
        case .acceptLiteral: (self.acceptLiteral?.code).templateValue
        case .serverLiteral: (self.serverLiteral?.code).templateValue
        case .successCases: self.successCases.templateValue
        case .errorCases: self.errorCases.templateValue
        case .documentedDefault: self.documentedDefault.templateValue
        case .download: self.download.templateValue
        case .pagination: self.pagination.templateValue
        case .stream: self.stream.templateValue
        default: .missing
        }
    }
}

extension StreamView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .streamMethod: self.streamMethod.templateValue
        case .mediaTypeLiteral: self.mediaTypeLiteral.code.templateValue
        case .mediaTypeText: self.mediaTypeText.text.templateValue
        case .isEventStream: self.isEventStream.templateValue
        case .framing: self.framing.templateValue
        case .sequenceType: self.sequenceType.templateValue
        case .eventType: self.eventType.templateValue
        case .yieldsText: self.yieldsText.templateValue
        case .sentinelLiteral: self.sentinelLiteral.code.templateValue
        default: .missing
        }
    }
}

extension ArgumentView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .name: self.name.templateValue
        case .type: self.type.templateValue
        case .defaultArgument: self.defaultArgument.templateValue
        case .docText: self.docText.text.templateValue
        default: .missing
        }
    }
}

extension ParameterLineView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .wireLiteral: self.wireLiteral.code.templateValue
        case .name: self.name.templateValue
        case .valueExpression: self.valueExpression.templateValue
        case .styleArguments: self.styleArguments.templateValue
        case .isIdempotencyKey: self.isIdempotencyKey.templateValue
        default: .missing
        }
    }
}

extension BodyArgumentView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .name: self.name.templateValue
        case .contentTypeLiteral: self.contentTypeLiteral.code.templateValue
        case .isOptional: self.isOptional.templateValue
        default: .missing
        }
    }
}

extension FormBodyView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .fields: self.fields.templateValue
        case .binding: self.binding.templateValue
        default: .missing
        }
    }
}

extension FormFieldView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .wireLiteral: self.wireLiteral.code.templateValue
        case .name: self.name.templateValue
        case .isFile: self.isFile.templateValue
        case .isText: self.isText.templateValue
        case .isJSON: self.isJSON.templateValue
        case .isOptional: self.isOptional.templateValue
        case .textExpression: self.textExpression.templateValue
        case .valueExpression: self.valueExpression.templateValue
        case .partArguments: self.partArguments.templateValue
        case .styleArguments: self.styleArguments.templateValue
        default: .missing
        }
    }
}

extension SuccessCaseView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .statusPattern: self.statusPattern.templateValue
        case .decodesJSON: self.decodesJSON.templateValue
        case .returnsData: self.returnsData.templateValue
        case .returnsText: self.returnsText.templateValue
        case .returnsNothing: self.returnsNothing.templateValue
        case .type: self.type.templateValue
        case .valueOpen: self.valueOpen.templateValue
        case .valueClose: self.valueClose.templateValue
        case .nothingValue: self.nothingValue.templateValue
        default: .missing
        }
    }
}

extension ErrorCaseView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .statusPattern: self.statusPattern.templateValue
        case .caseName: self.caseName.templateValue
        case .payloadType: self.payloadType.templateValue
        case .bodyType: self.bodyType.templateValue
        case .docText: self.docText.text.templateValue
        default: .missing
        }
    }
}

extension DownloadView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .methodName: self.methodName.templateValue
        default: .missing
        }
    }
}

extension PaginationView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .pagesMethod: self.pagesMethod.templateValue
        case .itemsMethod: self.itemsMethod.templateValue
        case .hasItemSequence: self.hasItemSequence.templateValue
        case .pageType: self.pageType.templateValue
        case .itemType: self.itemType.templateValue
        case .arguments: self.arguments.templateValue
        case .callArguments: self.callArguments.templateValue
        case .itemsCallArguments: self.itemsCallArguments.templateValue
        case .firstCursorExpression: self.firstCursorExpression.templateValue
        case .nextCursorExpression: self.nextCursorExpression.templateValue
        case .itemCountExpression: self.itemCountExpression.templateValue
        case .itemsExpression: self.itemsExpression.templateValue
        default: .missing
        }
    }
}

extension OperationErrorsFileView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .header: self.header.templateValue
        case .access: self.access.templateValue
        case .enums: self.enums.templateValue
        case .aliases: self.aliases.templateValue
        default: .missing
        }
    }
}

extension OperationErrorView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .name: self.name.templateValue
        case .operationDescription: self.operationDescription.templateValue
        case .cases: self.cases.templateValue
        default: .missing
        }
    }
}

extension ErrorAliasView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .name: self.name.templateValue
        case .bodyType: self.bodyType.templateValue
        default: .missing
        }
    }
}

extension OutcomeView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .name: self.name.templateValue
        case .cases: self.cases.templateValue
        default: .missing
        }
    }
}

extension OutcomeCaseView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .name: self.name.templateValue
        case .payload: self.payload.templateValue
        case .docText: self.docText.text.templateValue
        default: .missing
        }
    }
}

extension ResponseHeadersView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .access: self.access.templateValue
        case .name: self.name.templateValue
        case .methodText: self.methodText.templateValue
        case .fields: self.fields.templateValue
        default: .missing
        }
    }
}

extension ResponseHeaderFieldView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .name: self.name.templateValue
        case .type: self.type.templateValue
        case .valueType: self.valueType.templateValue
        case .wireLiteral: self.wireLiteral.code.templateValue
        case .readFunction: self.readFunction.templateValue
        case .defaultArgument: self.defaultArgument.templateValue
        case .docLines: self.docLines.templateValue
        case .isLast: self.isLast.templateValue
        default: .missing
        }
    }
}
