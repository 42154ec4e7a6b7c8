import Foundation
import Testing

/// Scores the extractors against gold records with the team's scorer (`score.py`, a copy of
/// `shared/eval/score.py`): the seeds and their HTML versions against `corpus/gold/` with
/// the issue's floors, and the unseen-style sets (`corpus/dev`, `corpus/holdout`) against
/// their own gold with floors just under what the rules reach today. Fails when any list falls below its floor.
@Suite(.serialized) struct GoldScoreTests {
    /// Floors from the extraction issue; a floor only moves up.
    static let floors: [(metric: String, minimum: Double)] = [
        ("directives_f1", 0.97), ("dates_f1", 0.97),
        ("figures_f1", 0.95), ("periods_f1", 0.95),
        ("models_f1", 0.90), ("people_f1", 0.90), ("themes_f1", 0.90),
        ("directives_code_acc", 0.95), ("directives_date_acc", 0.95), ("directives_issuer_acc", 0.95),
        ("published_acc", 1.0),
    ]

    /// Floors on the unseen-style sets (`dev`, `holdout`): regression guards a little
    /// under today's scores (1.0 on every metric of both sets).
    static let unseenFloors: [(metric: String, minimum: Double)] = [
        ("directives_f1", 0.97), ("dates_f1", 0.97), ("figures_f1", 0.95), ("periods_f1", 0.97),
        ("models_f1", 0.95), ("people_f1", 0.95), ("themes_f1", 0.95),
        ("directives_code_acc", 0.97), ("directives_date_acc", 0.95), ("directives_issuer_acc", 0.95),
        ("directives_term_acc", 0.95), ("figures_subject_acc", 0.95), ("figures_approx_acc", 0.97),
        ("models_owner_acc", 0.9), ("people_title_acc", 0.9), ("published_acc", 1.0),
    ]

    static func score(_ folder: String, gold: String = "gold") async throws -> (summary: [String: Any], report: String) {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        let records = dir.appendingPathComponent("records.jsonl")
        let run = try await Harness.baocao(["extract", "corpus/" + folder, "-o", records.path, "--quiet"])
        guard run.status == 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: run.stderr]) }
        let scorer = Harness.root.appendingPathComponent("Tests/PipelineTests/score.py")
        let result = try await Harness.python([scorer.path, "--gold", Harness.corpus.appendingPathComponent(gold).path,
                                         "--records", records.path, "--verbose"])
        let last = result.stdout.split(separator: "\n").last.map(String.init) ?? "{}"
        let summary = try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any] ?? [:]
        return (summary, result.stdout + result.stderr)
    }

    @Test(arguments: ["seeds", "html"])
    func extractionMeetsTheFloors(_ folder: String) async throws {
        let (summary, report) = try await Self.score(folder)
        print("gold score on corpus/\(folder):\n\(report)")
        #expect((summary["missing_records"] as? [Any])?.isEmpty == true, "\(report)")
        for (metric, minimum) in Self.floors {
            let value = summary[metric] as? Double
            #expect(value != nil && value! >= minimum, "\(folder): \(metric) = \(value.map { "\($0)" } ?? "missing") < \(minimum)\n\(report)")
        }
    }

    /// Floors on the blind set, which no rule was ever changed for: guards under its first
    /// (and only) score, so that a change that hurts unseen reports fails.
    static let blindFloors: [(metric: String, minimum: Double)] = [
        ("directives_f1", 0.97), ("dates_f1", 0.97), ("figures_f1", 0.95), ("periods_f1", 0.97),
        ("models_f1", 0.90), ("people_f1", 0.92), ("themes_f1", 0.85),
        ("directives_code_acc", 0.97), ("directives_date_acc", 0.95), ("directives_issuer_acc", 0.93),
        ("figures_subject_acc", 0.88), ("figures_approx_acc", 0.97),
        ("models_owner_acc", 0.85), ("people_title_acc", 0.75), ("published_acc", 1.0),
    ]

    @Test(arguments: [("dev", "gold-dev"), ("holdout", "gold-holdout"), ("blind", "gold-blind")])
    func unseenStyleSetsStayAboveTheirFloors(_ folder: String, _ gold: String) async throws {
        let (summary, report) = try await Self.score(folder, gold: gold)
        print("gold score on corpus/\(folder):\n\(report)")
        #expect((summary["missing_records"] as? [Any])?.isEmpty == true, "\(report)")
        for (metric, minimum) in folder == "blind" ? Self.blindFloors : Self.unseenFloors {
            let value = summary[metric] as? Double
            #expect(value != nil && value! >= minimum, "\(folder): \(metric) = \(value.map { "\($0)" } ?? "missing") < \(minimum)\n\(report)")
        }
    }

    /// Floors on the real-shape set (`corpus/realshape`: plain text in the shapes of real portal
    /// pages, chrome at both ends, gold by annotators who never saw the rules). Regression guards
    /// just under today's scores; the goals of the extraction issue are higher.
    static let realShapeFloors: [(metric: String, minimum: Double)] = [
        ("directives_f1", 0.98), ("figures_f1", 0.95), ("models_f1", 0.93), ("dates_f1", 0.99),
        ("periods_f1", 0.99), ("people_f1", 0.98), ("themes_f1", 0.95),
        ("directives_code_acc", 0.98), ("figures_subject_acc", 0.92), ("models_owner_acc", 0.88),
        ("people_title_acc", 0.96), ("published_acc", 0.91), ("title_acc", 0.91),
    ]

    /// Floors on the second real-shape set (`corpus/realshape2`: 30 documents written and
    /// annotated this round by a helper that never saw the rules or their output, the
    /// disagreements with the first build decided blind by a second annotator). Its first score
    /// is the generalisation measure kept in the closing note; these are regression guards just
    /// under today's scores.
    static let realShape2Floors: [(metric: String, minimum: Double)] = [
        ("directives_f1", 0.98), ("figures_f1", 0.95), ("models_f1", 0.95), ("dates_f1", 0.96),
        ("periods_f1", 0.96), ("people_f1", 0.95), ("themes_f1", 0.95),
        ("directives_code_acc", 0.98), ("figures_subject_acc", 0.93), ("models_owner_acc", 0.90),
        ("people_title_acc", 0.95), ("published_acc", 0.96), ("title_acc", 0.96), ("document_acc", 0.95),
    ]

    /// Floors on the third real-shape set (`corpus/realshape3`: 30 documents in new portal
    /// layouts, written and annotated by a helper that never saw the rules or their output).
    /// Its first score, before any rule was changed for it, is in the closing note; these are
    /// regression guards just under today's scores.
    static let realShape3Floors: [(metric: String, minimum: Double)] = [
        ("directives_f1", 0.98), ("figures_f1", 0.95), ("models_f1", 0.92), ("dates_f1", 0.93),
        ("periods_f1", 0.99), ("people_f1", 0.96), ("themes_f1", 0.95),
        ("directives_code_acc", 0.98), ("figures_subject_acc", 0.94), ("models_owner_acc", 0.89),
        ("people_title_acc", 0.92), ("published_acc", 0.96), ("title_acc", 0.96), ("document_acc", 0.93),
    ]

    /// Floors on the fourth real-shape set (`corpus/realshape4`: 30 documents from sites the
    /// earlier sets did not draw on, written and annotated by a helper that never saw the rules
    /// or their output). Its first score is in the closing note; these are regression guards
    /// just under today's scores.
    static let realShape4Floors: [(metric: String, minimum: Double)] = [
        ("directives_f1", 0.95), ("figures_f1", 0.95), ("models_f1", 0.95), ("dates_f1", 0.97),
        ("periods_f1", 0.99), ("people_f1", 0.92), ("themes_f1", 0.95),
        ("directives_code_acc", 0.98), ("figures_subject_acc", 0.90), ("models_owner_acc", 0.86),
        ("people_title_acc", 0.94), ("published_acc", 0.93), ("title_acc", 0.93), ("document_acc", 0.93),
    ]

    /// Floors on the fifth real-shape set (`corpus/realshape5`: 20 plain-text documents and,
    /// new, 10 HTML pages in the markup of Vietnamese portal CMSs, on sites the earlier sets did
    /// not use), just under its scores after the session that first scored it unseen.
    static let realShape5Floors: [(metric: String, minimum: Double)] = [
        ("directives_f1", 0.97), ("figures_f1", 0.94), ("models_f1", 0.90), ("dates_f1", 0.94),
        ("periods_f1", 0.95), ("people_f1", 0.94), ("themes_f1", 0.90),
        ("directives_code_acc", 0.98), ("figures_subject_acc", 0.92), ("models_owner_acc", 0.93),
        ("people_title_acc", 0.87), ("published_acc", 0.96), ("title_acc", 0.96), ("document_acc", 0.91),
    ]

    /// Floors on the sixth real-shape set (`corpus/realshape6`: 22 plain-text pages and
    /// documents and 8 HTML pages from Southern, Highland and Northwest portals, mass
    /// organisations, customs, tax, hospitals and army papers), just under its scores after
    /// the session that first scored it unseen.
    static let realShape6Floors: [(metric: String, minimum: Double)] = [
        ("directives_f1", 0.98), ("figures_f1", 0.94), ("models_f1", 0.92), ("dates_f1", 0.96),
        ("periods_f1", 0.98), ("people_f1", 0.94), ("themes_f1", 0.98),
        ("directives_code_acc", 0.97), ("figures_subject_acc", 0.91), ("models_owner_acc", 0.81),
        ("people_title_acc", 0.82), ("published_acc", 0.96), ("title_acc", 0.96), ("document_acc", 0.91),
    ]

    /// Floors on the seventh real-shape set (`corpus/realshape7`: 22 plain-text pages and
    /// documents and 8 HTML pages from northern and central provinces, enterprise Party
    /// committees, unions, hospitals, police and army units, merged communes), just under its
    /// scores after the session that first scored it unseen.
    static let realShape7Floors: [(metric: String, minimum: Double)] = [
        ("directives_f1", 0.98), ("figures_f1", 0.97), ("models_f1", 0.95), ("dates_f1", 0.97),
        ("periods_f1", 0.98), ("people_f1", 0.97), ("themes_f1", 0.98),
        ("directives_code_acc", 0.98), ("figures_subject_acc", 0.91), ("models_owner_acc", 0.94),
        ("people_title_acc", 0.96), ("published_acc", 0.96), ("title_acc", 0.98), ("document_acc", 0.96),
    ]

    /// Floors on the eighth real-shape set (`corpus/realshape8`: 22 plain-text pages and
    /// documents and 8 HTML pages with print views, Blogger, Elementor and NukeViet markup,
    /// magazine author blocks and datelines under the article), just under its scores after
    /// the session that first scored it unseen.
    static let realShape8Floors: [(metric: String, minimum: Double)] = [
        ("directives_f1", 0.99), ("figures_f1", 0.98), ("models_f1", 0.94), ("dates_f1", 0.98),
        ("periods_f1", 0.98), ("people_f1", 0.97), ("themes_f1", 0.98),
        ("directives_code_acc", 0.98), ("figures_subject_acc", 0.89), ("models_owner_acc", 0.90),
        ("people_title_acc", 0.84), ("published_acc", 0.93), ("title_acc", 0.93), ("document_acc", 0.89),
    ]

    /// Floors on the ninth real-shape set (`corpus/realshape9`: 15 plain-text pages, 8 HTML
    /// pages and 7 official documents as text, Word and PDF files), just under its scores after
    /// the session that first scored it unseen. Person titles 0.90 since session 17: a person
    /// found then ("giao dịch viên … (Phòng giao dịch …)", people F1 0.965 → 0.970) keeps the unit
    /// in parentheses this annotator leaves out.
    static let realShape9Floors: [(metric: String, minimum: Double)] = [
        ("directives_f1", 0.98), ("figures_f1", 0.98), ("models_f1", 0.95), ("dates_f1", 0.99),
        ("periods_f1", 0.99), ("people_f1", 0.96), ("themes_f1", 0.90),
        ("directives_code_acc", 0.98), ("figures_subject_acc", 0.90), ("models_owner_acc", 0.91),
        ("people_title_acc", 0.90), ("published_acc", 0.93), ("title_acc", 0.93), ("document_acc", 0.93),
    ]

    /// Floors on the tenth real-shape set (`corpus/realshape10`: 17 plain-text pages, 8 HTML
    /// pages on page makers no earlier set used, 5 official documents as text, Word and PDF
    /// files), just under its scores after the session that first scored it unseen.
    static let realShape10Floors: [(metric: String, minimum: Double)] = [
        ("directives_f1", 0.99), ("figures_f1", 0.97), ("models_f1", 0.95), ("dates_f1", 0.97),
        ("periods_f1", 0.99), ("people_f1", 0.96), ("themes_f1", 0.94),
        ("directives_code_acc", 0.99), ("figures_subject_acc", 0.90), ("models_owner_acc", 0.96),
        ("people_title_acc", 0.86), ("published_acc", 0.99), ("title_acc", 0.99), ("document_acc", 0.95),
    ]

    /// realshape11 (first seen in session 16) as scored after session 17's rules.
    static let realShape11Floors: [(metric: String, minimum: Double)] = [
        ("directives_f1", 0.98), ("figures_f1", 0.96), ("models_f1", 0.85), ("dates_f1", 0.98),
        ("periods_f1", 0.99), ("people_f1", 0.95), ("themes_f1", 0.94),
        ("directives_code_acc", 0.99), ("figures_subject_acc", 0.90), ("models_owner_acc", 0.74),
        ("people_title_acc", 0.81), ("published_acc", 0.99), ("title_acc", 0.96), ("document_acc", 0.93),
    ]

    /// realshape12 (first seen in session 17: 17 plain-text pages, 8 HTML pages on page
    /// makers no earlier set used, 5 official documents as text, Word and PDF files) as scored
    /// after that session's rules.
    static let realShape12Floors: [(metric: String, minimum: Double)] = [
        ("directives_f1", 0.99), ("figures_f1", 0.95), ("models_f1", 0.74), ("dates_f1", 0.98),
        ("periods_f1", 0.97), ("people_f1", 0.93), ("themes_f1", 0.99),
        ("directives_code_acc", 0.99), ("figures_subject_acc", 0.90), ("models_owner_acc", 0.82),
        ("people_title_acc", 0.86), ("published_acc", 0.96), ("title_acc", 0.96), ("document_acc", 0.95),
    ]

    @Test(arguments: [("realshape", "gold-realshape"), ("realshape2", "gold-realshape2"), ("realshape3", "gold-realshape3"),
                      ("realshape4", "gold-realshape4"), ("realshape5", "gold-realshape5"), ("realshape6", "gold-realshape6"),
                      ("realshape7", "gold-realshape7"), ("realshape8", "gold-realshape8"), ("realshape9", "gold-realshape9"),
                      ("realshape10", "gold-realshape10"), ("realshape11", "gold-realshape11"),
                      ("realshape12", "gold-realshape12")])
    func realShapeSetsStayAboveTheirFloors(_ folder: String, _ gold: String) async throws {
        let floors = switch folder {
        case "realshape": Self.realShapeFloors
        case "realshape2": Self.realShape2Floors
        case "realshape3": Self.realShape3Floors
        case "realshape4": Self.realShape4Floors
        case "realshape5": Self.realShape5Floors
        case "realshape6": Self.realShape6Floors
        case "realshape7": Self.realShape7Floors
        case "realshape8": Self.realShape8Floors
        case "realshape9": Self.realShape9Floors
        case "realshape10": Self.realShape10Floors
        case "realshape11": Self.realShape11Floors
        default: Self.realShape12Floors
        }
        let (summary, report) = try await Self.score(folder, gold: gold)
        print("gold score on corpus/\(folder):\n\(report)")
        #expect((summary["missing_records"] as? [Any])?.isEmpty == true, "\(report)")
        for (metric, minimum) in floors {
            let value = summary[metric] as? Double
            #expect(value != nil && value! >= minimum, "\(folder): \(metric) = \(value.map { "\($0)" } ?? "missing") < \(minimum)\n\(report)")
        }
    }
}
