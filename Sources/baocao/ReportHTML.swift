import Foundation

/// A report as one self-contained HTML page: plain CSS, charts as inline SVG, nothing fetched.
enum ReportHTML {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    static let style = """
        body{font-family:"Noto Sans","DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.4;padding:0 1em}
        h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;border-bottom:2px solid #c0392b;padding-bottom:.2em;margin-top:2em}
        .meta{color:#666}table{border-collapse:collapse;margin:.8em 0;font-size:.92em}
        th,td{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}th{background:#f4f4f4}
        td.n{text-align:right;font-variant-numeric:tabular-nums}.detail{color:#555;white-space:pre-line}
        svg text{font-family:inherit;font-size:12px;fill:#222}.empty{color:#888;font-style:italic}
        """

    static func render(_ data: ReportData, source: String, generated: String) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>BaoCao — báo cáo \(escape(source))</title>
            <style>\(style)</style></head><body>
            <h1>BaoCao: báo cáo tổng hợp</h1>
            <p class="meta">Nguồn: \(escape(source)) · \(generated) · <span id="total-documents" data-count="\(data.documents)">\(data.documents)</span> văn bản</p>

            """
        html += section("documents-over-time", "Văn bản theo thời gian (documents over time)") {
            bars(data.byYear, id: "chart-years") + provinceYearTable(data)
        }
        html += section("documents-by-province", "Văn bản theo tỉnh/thành (by province)") {
            bars(data.byProvince, id: "chart-provinces") + table(data.byProvince, headers: ["Tỉnh/thành", "Văn bản"])
        }
        html += section("documents-by-portal", "Văn bản theo cổng/trang (by portal)") {
            bars(data.byPortal, id: "chart-portals") + table(data.byPortal, headers: ["Cổng/trang", "Văn bản"])
        }
        html += section("directives", "Văn bản chỉ đạo được dẫn nhiều nhất (most-cited directives)") {
            bars(data.directives, id: "chart-directives")
                + table(data.directives, headers: ["Văn bản (directive_key)", "Số bài dẫn", "Cơ quan ban hành"])
        }
        html += section("figures", "Số liệu theo loại (figures by kind)") {
            bars(data.figures, id: "chart-figures") + table(data.figures, headers: ["Loại", "Số liệu", "Đối tượng thường gặp"])
        }
        html += section("models", "Mô hình theo đơn vị (models by owner)") {
            bars(data.models, id: "chart-models") + table(data.models, headers: ["Đơn vị", "Mô hình", "Ví dụ"])
        }
        html += section("people", "Người theo chức danh (people by title)") {
            bars(data.people, id: "chart-people") + table(data.people, headers: ["Chức danh", "Lượt", "Ví dụ"])
        }
        html += section("themes", "Chuyên đề theo năm (themes by year)") {
            table(data.themes, headers: ["Năm", "Số bài", "Chuyên đề"], detailFirst: false)
        }
        html += section("warnings", "Cảnh báo theo mã (warnings by code)") {
            bars(data.warnings, id: "chart-warnings") + table(data.warnings, headers: ["Mã", "Số", "Ví dụ"])
        }
        if let rejects = data.rejects {
            html += section("rejects", "Tài liệu bị loại theo lỗi (rejects by kind)") {
                bars(rejects, id: "chart-rejects") + table(rejects, headers: ["Loại lỗi", "Số", "Ví dụ"])
            }
        }
        html += section("coverage", "Độ đầy đủ theo cổng/trang (coverage per portal)") { coverageTable(data.coverage) }
        html += "</body></html>\n"
        return html
    }

    private static func section(_ id: String, _ title: String, _ body: () -> String) -> String {
        "<section id=\"\(id)\"><h2>\(escape(title))</h2>\n\(body())</section>\n"
    }

    private static func table(_ counts: [ReportData.Count], headers: [String], detailFirst: Bool = true) -> String {
        guard !counts.isEmpty else { return "<p class=\"empty\">Không có dữ liệu.</p>\n" }
        var html = "<table><thead><tr>" + headers.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for count in counts {
            html += "<tr><td class=\"label\">\(escape(count.label))</td><td class=\"n\" data-count=\"\(count.count)\">\(count.count)</td>"
            if headers.count > 2 { html += "<td class=\"detail\">\(escape(count.detail))</td>" }
            html += "</tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    private static func provinceYearTable(_ data: ReportData) -> String {
        let years = data.byYear.map(\.label)
        let provinces = data.byProvince.prefix(20).map(\.label)
        guard !years.isEmpty else { return "<p class=\"empty\">Không có văn bản.</p>\n" }
        var cells: [String: Int] = [:]
        for entry in data.byProvinceYear { cells[entry.province + "\u{0}" + entry.year] = entry.count }
        var html = "<table id=\"province-year\"><thead><tr><th>Tỉnh/thành</th>" + years.map { "<th>\(escape($0))</th>" }.joined()
            + "</tr></thead><tbody>\n"
        for province in provinces {
            html += "<tr><td class=\"label\">\(escape(province))</td>"
            for year in years {
                let count = cells[province + "\u{0}" + year] ?? 0
                html += "<td class=\"n\" data-count=\"\(count)\">\(count == 0 ? "" : String(count))</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody></table>\n"
        if data.byProvince.count > provinces.count {
            html += "<p class=\"meta\">\(provinces.count) tỉnh/trang nhiều văn bản nhất; đủ \(data.byProvince.count) ở bảng dưới.</p>\n"
        }
        return html
    }

    private static func coverageTable(_ rows: [ReportData.Coverage]) -> String {
        guard !rows.isEmpty else { return "<p class=\"empty\">Không có văn bản.</p>\n" }
        func share(_ part: Int, _ whole: Int) -> String {
            "<td class=\"n\" data-count=\"\(part)\">\(part) (\(whole > 0 ? part * 100 / whole : 0) %)</td>"
        }
        var html = "<table><thead><tr><th>Cổng/trang</th><th>Văn bản</th><th>Có ngày</th><th>Có tiêu đề</th><th>Có văn bản chỉ đạo</th></tr></thead><tbody>\n"
        for row in rows {
            html += "<tr><td class=\"label\">\(escape(row.portal))</td><td class=\"n\" data-count=\"\(row.documents)\">\(row.documents)</td>"
                + share(row.dated, row.documents) + share(row.titled, row.documents) + share(row.withDirective, row.documents) + "</tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    /// A horizontal bar chart: one bar per count, the label left, the number right.
    static func bars(_ counts: [ReportData.Count], id: String) -> String {
        guard !counts.isEmpty else { return "" }
        let shown = counts.prefix(25)
        let labelWidth = 330, barWidth = 520, rowHeight = 20
        let maximum = max(1, shown.map(\.count).max() ?? 1)
        let height = shown.count * rowHeight + 10
        var svg = "<svg id=\"\(id)\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 60)\" height=\"\(height)\" role=\"img\">\n"
        for (index, count) in shown.enumerated() {
            let y = index * rowHeight + 5
            let width = max(1, count.count * barWidth / maximum)
            let label = count.label.count > 48 ? String(count.label.prefix(47)) + "…" : count.label
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 14)\" text-anchor=\"end\">\(escape(label))</text>"
                + "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(width)\" height=\"\(rowHeight - 5)\" fill=\"#c0392b\"><title>\(escape(count.label)): \(count.count)</title></rect>"
                + "<text x=\"\(labelWidth + width + 5)\" y=\"\(y + 14)\">\(count.count)</text>\n"
        }
        return svg + "</svg>\n"
    }
}
