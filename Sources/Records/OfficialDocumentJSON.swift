extension OfficialDocument {
    /// The record's `document` object.
    public var json: JSONValue {
        .object([
            ("type", .optional(type)), ("number", .optional(number)), ("code", .optional(code)),
            ("date", .optional(date)), ("place", .optional(place)), ("issuer", .optional(issuer)),
            ("title", .optional(title)), ("signers", .array(signers.map(\.json))),
            ("recipients", .array(recipients.map(JSONValue.string))),
        ])
    }
}

extension OfficialDocument.Signer {
    /// One item of the record's `document.signers`.
    public var json: JSONValue {
        .object([("name", .string(name)), ("title", .optional(title)), ("capacity", .optional(capacity))])
    }
}
