import Foundation

/// Timestamps as the tables store them: ISO 8601 in UTC, to the second.
public enum Timestamp {
    @Sendable public static func now() -> String { string(from: Date()) }

    public static func string(from date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false)
            .timeSeparator(.colon).timeZone(separator: .omitted))
    }
}
