import Foundation
import Testing
@testable import Markup

@Test(.enabled(if: ProcessInfo.processInfo.environment["MARKUP_TREE"] != nil))
func tmpTree() throws {
    let html = try Corpus.html(ProcessInfo.processInfo.environment["MARKUP_TREE"] ?? "")
    let document = try HTMLDocument(html)
    func show(_ node: HTMLNode, _ depth: Int) {
        guard depth < 3 else { return }
        for child in node.children where child.isElement {
            print(String(repeating: "  ", count: depth) + child.name + " " + (child.attribute("class") ?? ""))
            show(child, depth + 1)
        }
    }
    if let root = document.root { print("ROOT", root.name); show(root, 0) }
}

@Test(.enabled(if: ProcessInfo.processInfo.environment["MARKUP_TREE"] != nil))
func tmpHints() throws {
    let html = try Corpus.html(ProcessInfo.processInfo.environment["MARKUP_TREE"] ?? "")
    let document = try HTMLDocument(html)
    guard let body = document.body else { return }
    for child in body.children where child.isElement {
        let h = ClassHints(child)
        print("CHILD", child.name, child.attributes.map { "\($0.name)=\($0.value.prefix(40))" }, "removes", h.removes, "hidden", child.isHidden, h.label)
    }
}

@Test(.enabled(if: ProcessInfo.processInfo.environment["MARKUP_TREE"] != nil))
func tmpModes() throws {
    let html = try Corpus.html(ProcessInfo.processInfo.environment["MARKUP_TREE"] ?? "")
    let document = try HTMLDocument(html)
    let meta = PageMetadata(document)
    for removal in PageScan.Removal.allCases {
        let scan = PageScan(root: document.root!, removal: removal)
        let c = ContentExtractor.extract(scan, meta: meta)
        print("MODE", removal, scan.blocks.count, scan.paragraphs.count, ContentScoring.chooseContainers(scan).map { scan.blocks[$0].tag + "." + scan.blocks[$0].label }, c?.text.count ?? -1)
    }
}
