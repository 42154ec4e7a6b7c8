import Extraction

/// The record's schema identifier.
public let recordSchemaID = "baocao.record/1"
