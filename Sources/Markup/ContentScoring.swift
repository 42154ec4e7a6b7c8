/// Readability-style choice of the article container among the scanned blocks.
enum ContentScoring {
    /// Shortest own text, in characters, that makes a block count as a paragraph.
    static let minimumParagraphChars = 25

    /// Base score of a container by element name.
    static func baseScore(_ tag: String) -> Double {
        switch tag {
        case "div", "article", "main": 5
        case "pre", "td", "blockquote", "section": 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
        default: 0
        }
    }

    /// Indices of the chosen container and of the sibling blocks that continue it, in order.
    static func chooseContainers(_ scan: PageScan, minimumChars: Int = minimumParagraphChars) -> [Int] {
        let blocks = scan.blocks
        guard !blocks.isEmpty else { return [] }
        let datelines = datelineBlocks(scan, minimumChars: minimumChars)
        let final = finalScores(scan, minimumChars: minimumChars, datelines: datelines)
        guard let best = final.indices.max(by: { final[$0] < final[$1] }), final[best] > 0 else {
            return blocks.indices.first.map { [$0] } ?? []
        }
        let parent = blocks[best].parent
        guard parent >= 0 else { return [best] }
        let threshold = max(10, final[best] * 0.2)
        return blocks.indices.filter { index in
            if index == best { return true }
            guard blocks[index].parent == parent else { return false }
            // The article's own dateline printed beside it ("news-cat-date" over the title).
            if final[index] >= threshold || datelines.contains(index) { return true }
            let block = blocks[index]
            return block.tag == "p" && block.ownChars > 80 && block.linkDensity < 0.25
        }
    }

    /// Characters a dateline's block may hold besides the dateline.
    static let datelineSlackChars = 10

    /// The blocks of the page's long datelines ("Cập nhật lần cuối vào 04/04/2025"): no
    /// content, however their class reads ("post-info" would win the page for its "post").
    static func datelineBlocks(_ scan: PageScan, minimumChars: Int = minimumParagraphChars) -> Set<Int> {
        Set(scan.paragraphs.lazy.filter {
            // Only a block that holds little but the dateline: an article typed straight into a
            // cell under "Cập nhật: …<br>" keeps its block.
            $0.block >= 0 && $0.chars >= minimumChars && $0.linkChars == 0
                && scan.blocks[$0.block].ownChars <= $0.chars + datelineSlackChars
                && PlainTextHead.mayHoldYear($0.text) && ContentExtractor.isDateline($0)
        }.map(\.block))
    }

    /// Each block's container score (−∞ for blocks that hold no paragraph); the points of
    /// `datelines` count for no block.
    static func finalScores(_ scan: PageScan, minimumChars: Int = minimumParagraphChars, datelines: Set<Int>? = nil) -> [Double] {
        let blocks = scan.blocks
        var scores = [Double?](repeating: nil, count: blocks.count)
        let datelineBlocks = datelines ?? Self.datelineBlocks(scan, minimumChars: minimumChars)
        for (index, block) in blocks.enumerated() where block.ownChars >= minimumChars && block.tag != "h1"
            && !datelineBlocks.contains(index) {
            let points = 1 + Double(block.commas) + min(Double(block.ownChars) / 100, 3)
            var target = block.isParagraph ? block.parent : index
            var level = 0
            while target >= 0 && level < 3 {
                let current = scores[target] ?? blocks[target].baseScore + Double(blocks[target].classWeight)
                let divider = level == 0 ? 1 : (level == 1 ? 2 : Double(level * 3))
                scores[target] = current + points / divider
                target = blocks[target].parent
                level += 1
            }
        }
        var final = [Double](repeating: -.infinity, count: blocks.count)
        for index in blocks.indices {
            guard let score = scores[index] else { continue }
            final[index] = score * (1 - blocks[index].linkDensity)
        }
        return final
    }
}
