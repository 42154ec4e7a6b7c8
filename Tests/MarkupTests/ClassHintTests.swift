import Testing
@testable import Markup

/// Class/id and style attributes read from libxml2's bytes must answer what the String
/// reading answered: ASCII lower-cased as bytes, anything else through String.
@Suite struct ClassHintTests {
    private func hints(_ attributes: String, removal: PageScan.Removal = .full) throws -> ClassHints {
        let document = try HTMLDocument("<html><body><div \(attributes)>x</div></body></html>")
        let div = try #require(document.elements(named: "div").first)
        return ClassHints(div, removal: removal)
    }

    @Test(arguments: [
        ("class=\"Sidebar-Left\"", true, 0), ("id=\"MENU\"", true, 0),
        ("class=\"article-body\" id=\"print\"", false, 0), ("class=\"banner\"", true, -25),
        ("class=\"box ad\"", true, 0), ("class=\"road\"", false, 0), ("class=\"\" id=\"qc\"", true, 0),
        ("class=\"BÌNH-LUẬN comment\"", true, 0), ("class=\"nội-dung ads\"", true, 0),
        ("class=\"chi-tiet\"", false, 25),
        // A spacing utility's "bottom" is no footer; a footer's is.
        ("class=\"row margin-bottom-lg\"", false, 0), ("class=\"pb-2 padding-bottom\"", false, 0),
        ("class=\"box-bottom\"", true, -25), ("class=\"margin-bottom bottom-links\"", true, -25),
    ])
    func removesAndWeighs(attributes: String, removes: Bool, weight: Int) throws {
        let result = try hints(attributes)
        #expect(result.removes == removes)
        #expect(result.weight == weight)
    }

    @Test func readsOnlyTheFirst200CharactersOfAClass() throws {
        let padding = String(repeating: "x", count: 200)
        #expect(try hints("class=\"\(padding)menu\"").removes == false)
        #expect(try hints("class=\"\(padding.dropLast(4))menu\"").removes == true)
        // Non-ASCII: 200 characters, not bytes.
        let vietnamese = String(repeating: "ộ", count: 196)
        #expect(try hints("class=\"\(vietnamese)menu\"").removes == true)
        #expect(try hints("class=\"\(vietnamese)xmenu\"").removes == false)
    }

    @Test(arguments: [
        ("style=\"DISPLAY : None\"", true), ("style=\"visibility:\thidden\"", true), ("hidden", true),
        ("style=\"display:block\"", false), ("style=\"font-family: 'Tahoma'; display: none\"", true),
        ("style=\"content: 'ộ'; display:none\"", true), ("", false),
    ])
    func hiddenElements(attributes: String, hidden: Bool) throws {
        let document = try HTMLDocument("<html><body><div \(attributes)>x</div></body></html>")
        let div = try #require(document.elements(named: "div").first)
        #expect(div.isHidden == hidden)
    }

    @Test(arguments: [("", 5, 0), ("abc", 5, 3), ("abc", 2, 2), ("a\r\nb", 2, 3), ("a\r\nb", 3, 4), ("\r\n\r\n", 1, 2),
                      ("\r\r\n", 2, 3), ("\n\r", 1, 1), ("ab\r", 3, 3)])
    func asciiCharacterPrefix(text: String, characters: Int, bytes: Int) {
        var copy = text
        #expect(copy.withUTF8 { ElementAttributes.asciiCharacterPrefix($0, characters: characters) } == bytes)
        #expect(text.prefix(characters).utf8.count == bytes)
    }

    /// A long ASCII style is read as bytes: its first 200 Characters (a CR LF is one), as the
    /// String reading takes them.
    @Test func longASCIIStylesAnswerAsTheStringReading() throws {
        let document = try HTMLDocument("<html><body><div>x</div></body></html>")
        let div = try #require(document.elements(named: "div").first)
        let pieces = ["display:none", "DISPLAY: NONE", "visibility:hidden", "color:red;", " ", "\t", "\r\n", "\r", "\n",
                      "x", String(repeating: "y", count: 37), String(repeating: " ", count: 9)]
        var state: UInt64 = 0x51_7CC1
        for _ in 0..<400 {
            var style = ""
            while style.utf8.count < 260 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                style += pieces[Int(state >> 33) % pieces.count]
            }
            let compact = style.prefix(ClassHints.maximumChars).lowercased().filter { !$0.isWhitespace }
            let expected = compact.contains("display:none") || compact.contains("visibility:hidden")
            var attributes = ElementAttributes(div.pointer)
            attributes.style = .string(style)
            #expect(attributes.isHidden == expected)
            let bytes = Array(style.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                attributes.style = .bytes(buffer)
                #expect(attributes.isHidden == expected, "\(style.debugDescription)")
            }
        }
    }
}

/// The welcome line names the portal whatever its first letter looks like in the bytes;
/// leaves whose first letter cannot open one are skipped before their text is built.
@Suite struct WelcomeLineTests {
    private func site(_ leaf: String) throws -> String? {
        let page = "<html><body><div class=\"top\"><span>\(leaf)</span></div><div class=\"content\"><p>"
            + String(repeating: "Nội dung bài viết về học tập và làm theo tư tưởng Hồ Chí Minh. ", count: 8)
            + "</p></div></body></html>"
        return try ContentExtractor.html(page).site
    }

    @Test(arguments: [
        ("Chào mừng bạn đến với Cổng thông tin điện tử Tỉnh A", "Cổng thông tin điện tử Tỉnh A"),
        ("  CHÀO MỪNG BẠN ĐẾN VỚI Trang tin B!", "Trang tin B"),
        ("\u{00A0}Chào mừng quý vị đến với Báo C", "Báo C"),
        ("Ch\u{00E0}o mừng bạn đến với Cổng F", "Cổng F"),
        ("Welcome to Portal E", "Portal E"),
    ])
    func namesThePortal(leaf: String, expected: String) throws {
        #expect(try site(leaf) == expected)
    }

    @Test(arguments: ["Đảng bộ tỉnh", "Ủy ban nhân dân", "“Chào mừng bạn đến với X”", "Trang chủ"])
    func otherLeavesNameNothing(leaf: String) throws {
        #expect(try site(leaf) == nil)
    }

    @Test(arguments: [
        ("Chào mừng", true), ("chao mung ban", true), ("Chính trị", false), ("09/02/2022", false),
        ("Welcome", true), ("Wow", false), ("– Chào", true), ("C\u{0327}x", true), ("Trang chủ", false),
        ("Ch", true), ("X", false), ("\u{00A0}Chào", true),
    ])
    func openingFilter(text: String, possible: Bool) {
        var opening = PlainTextCleaner.WelcomeOpening()
        for scalar in text.unicodeScalars where !opening.read(scalar) { break }
        opening.finish()
        #expect(opening.isPossible == possible)
    }
}

/// A retry with fewer removals is skipped only when the first scan proves it would see the
/// same page.
@Suite struct RetryScanTests {
    private func scan(_ body: String, _ removal: PageScan.Removal) throws -> PageScan {
        let document = try HTMLDocument("<html><body>\(body)</body></html>")
        return PageScan(root: try #require(document.root), removal: removal)
    }

    @Test func pageWithoutHintsNeedsNoRetry() throws {
        let full = try scan("<div class=\"content\"><p>Một đoạn.</p></div><nav class=\"menu\">x</nav>", .full)
        #expect(!full.mayDiffer(under: .strongOnly))
        #expect(!full.mayDiffer(under: .none))
    }

    @Test func weakWordDiffersFromStrongOnly() throws {
        let full = try scan("<div class=\"banner\"><p>Quảng cáo.</p></div><p>Bài.</p>", .full)
        #expect(full.mayDiffer(under: .strongOnly))
        let strongOnly = try scan("<div class=\"banner\"><p>Quảng cáo.</p></div><p>Bài.</p>", .strongOnly)
        #expect(!strongOnly.mayDiffer(under: .none))
    }

    @Test func strongWordDiffersFromNone() throws {
        let full = try scan("<div class=\"sidebar\"><p>Tin khác.</p></div><p>Bài.</p>", .full)
        #expect(!full.mayDiffer(under: .strongOnly))
        #expect(full.mayDiffer(under: .none))
    }
}
