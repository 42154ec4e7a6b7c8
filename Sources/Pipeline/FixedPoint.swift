import Foundation

/// Decimal text of a number with a fixed count of fraction digits, for the run's summary lines.
enum FixedPoint {
    /// `value` with `digits` (0 to 6) digits after the point, as `String(format: "%.<digits>f")`
    /// writes it, without Foundation's formatter: its first use at the end of a run cost
    /// about 3.8 M instructions (locale set-up and a dynamic cast per argument).
    static func text(_ value: Double, digits: Int) -> String {
        let digits = max(0, min(6, digits))
        var scale: Int64 = 1
        for _ in 0..<digits { scale *= 10 }
        let magnitude = value.magnitude * Double(scale)
        // Ties in binary (0.125 to two digits) round to even as printf rounds them.
        guard value.isFinite, magnitude < 1e15 else { return String(format: "%.\(digits)f", value) }
        let units = Int64(magnitude.rounded(.toNearestOrEven))
        var text = value.sign == .minus ? "-" : ""
        text += String(units / scale)
        guard digits > 0 else { return text }
        let fraction = String(units % scale)
        text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        return text
    }
}
