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
        guard value.isFinite, magnitude < 1e15 else { return String(format: "%.\(digits)f", value) }
        // printf rounds the exact binary value. The product is rounded, but a half-way point
        // k + 0.5 is a Double here, so only a product landing on one can be on the wrong side
        // of it (2.675 is 2.67499…, yet 2.675 × 100 = 267.5): the product's exact error,
        // by a fused multiply-add, settles it; an exact tie (0.125) rounds to even, as printf.
        var units = magnitude.rounded(.toNearestOrEven)
        let floor = magnitude.rounded(.down)
        if magnitude - floor == 0.5 {
            let error = (-magnitude).addingProduct(value.magnitude, Double(scale))
            if error > 0 { units = floor + 1 } else if error < 0 { units = floor }
        }
        let whole = Int64(units)
        var text = value.sign == .minus ? "-" : ""
        text += String(whole / scale)
        guard digits > 0 else { return text }
        let fraction = String(whole % scale)
        text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        return text
    }
}
