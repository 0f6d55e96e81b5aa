/// A name the built-in views answer (`TemplateLookup/`): the stored properties of every view, by their Swift names.
///
/// The parser resolves each tag's name to one of these once (`TemplateKey.named`), so a lookup is a jump through a
/// view's `switch` on the key instead of a chain of string comparisons; a name outside this list is answered by no
/// view, as a name no view has is by swift-mustache. `TemplateLookupTests` checks that every stored property of every
/// view has its case here and is answered by it.
enum TemplateKey: String, CaseIterable, Sendable {
    case acceptLiteral, access, additional, alias, aliases, apiKeyDocText, apiKeyEnvironmentLiteral
    case apiKeyEnvironmentName, apiVersionLiteral, arguments, binaryBody, binding, bodyType, boxClose, boxOpen
    case callArguments, caseName, cases, clientName, commentSuffix, contentTypeLiteral, cookieParameters
    case credentialHeaderNames, credentialPlacementCode, credentialQueryNames, declarations, declaredKeyLiterals
    case decodeDoc, decodeFunction, decodeMethod, decodeType, decodesJSON, defaultArgument, defaultServerName
    case discriminator, docLines, docText, documentFileNameLiteral, documentSHA256Literal, documentTitleLiteral
    case documentVersionLiteral, documentedDefault, download, encodeDoc, encodeFunction, encodeMethod, enumeration
    case enums, environmentLiteral, environmentName, errorCases, errorType, eventType, exponent, fields, fileName
    case firstCursorExpression, framing, generator, generatorVersionLiteral, globals, groups, hasBoxed
    case hasItemSequence, hasProperties, header, headerParameters, importLines, initialMilliseconds, isBoxed
    case isDeprecated, isDiscardableResult, isEventStream, isFile, isIdempotencyKey, isJSON, isLast, isOptional
    case isParameterValue, isTemplated, isText, itemCountExpression, itemType, itemsCallArguments, itemsExpression
    case itemsMethod, jsonBody, keyLiteral, literal, mappings, maxElapsedMilliseconds, maxMilliseconds
    case mediaTypeLiteral, mediaTypeText, methodLiteral, methodName, methodText, multipartBody, name
    case nextCursorExpression, nothingValue, openEnumeration, operationDescription, operationIDLiteral, operations
    case outcomes, pageType, pagesMethod, pagination, parametersText, partArguments, pathLiteral, pathParameters
    case payload, payloadType, properties, property, propertyLiteral, queryParameters, rawAssignment, rawType
    case readFunction, requestBinding, responseHeaders, retry, retryConnectionErrors, returnType, returnsData
    case returnsNothing, returnsText, runtimeVersionType, sentinelLiteral, sequenceType, serverLiteral, servers
    case statusCodes, statusPattern, storedName, strategy, stream, streamMethod, structure, styleArguments
    case successCases, templateName, text, textBody, textExpression, tryInOrder, type, typeName, union
    case urlEncodedBody, urlLiteral, userAgentLiteral, valueClose, valueExpression, valueLiteral, valueOpen
    case valueType, valuesText, variableName, wireLiteral, wireName, yieldsText

    /// Every key by its name.
    private static let byName: [String: TemplateKey] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    /// The key called `name`, or nil when no view answers that name.
    static func named(_ name: String) -> TemplateKey? {
        byName[name]
    }
}
