/// Structural vocabulary of HTML pages: which elements are blocks, which never hold the
/// article, and the class/id words that mark content or boilerplate.
enum MarkupVocabulary {
    /// Elements whose whole subtree is never article text.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "nav", "aside", "footer", "header", "iframe",
        "select", "option", "button", "input", "textarea", "svg", "object", "embed", "template",
        "canvas", "map", "menu", "title", "meta", "link", "label", "video", "audio",
    ]

    /// Elements that start and end a paragraph of text.
    static let blockElements: Set<String> = [
        "html", "body", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "section", "article",
        "main", "blockquote", "pre", "figure", "figcaption", "center", "address", "hr", "fieldset",
        "legend", "details", "summary",
    ]

    /// Blocks that are themselves a paragraph: their text scores their parent.
    static let paragraphElements: Set<String> = [
        "p", "pre", "td", "th", "li", "blockquote", "dd", "dt", "figcaption", "h2", "h3", "h4", "h5", "h6",
    ]

    /// Blocks that can be the article container.
    static let containerElements: Set<String> = [
        "div", "article", "section", "main", "td", "body", "blockquote", "center", "tbody", "table",
    ]

    /// Class/id fragments of article containers (matched inside the lower-cased attribute).
    static let positiveHints: [String] = [
        "article", "content", "detail", "news", "body", "post", "entry", "main", "noidung",
        "chitiet", "chi-tiet", "story", "text", "fulltext", "toanvan", "baiviet", "message",
    ]

    /// Class/id fragments that remove an element even when it also carries a positive hint.
    static let strongNegativeHints: [String] = [
        "comment", "binhluan", "binh-luan", "share", "social", "breadcrumb", "tinkhac", "tin-khac",
        "othernews", "other-news", "related", "lienquan", "lien-quan", "sidebar", "footer", "menu",
        "navbar", "navigation",
    ]

    /// Class/id fragments that remove an element unless it also carries a positive hint.
    static let weakNegativeHints: [String] = [
        "banner", "advert", "quangcao", "popup", "fontsize", "font-size", "toolbar", "print", "sponsor",
        "facebook", "twitter", "rating", "vote", "pagination", "paging", "tag-list", "tags", "keyword",
        "subscribe", "newsletter", "copyright", "login", "search", "thuvienanh", "weblink", "lienket",
        "tinmoi", "tin-moi", "hot-news", "hotnews", "most-view", "mostview", "xemnhieu", "docnhieu",
        "header", "nav", "widget", "tool", "logo", "top-bar", "topbar", "sitemap", "bottom",
        "right-col", "col-right", "rightcol", "left-col", "col-left", "leftcol", "box-right",
        "boxright", "extra", "modal", "cookie", "video",
    ]

    /// Class/id words (whole tokens) that remove an element: advertisement slots.
    static let negativeTokens: Set<String> = ["ad", "ads", "adv", "qc", "gallery", "poll"]

    /// Class/id fragments of bylines.
    static let authorHints: [String] = ["author", "tacgia", "tac-gia", "byline", "writer", "signature", "source"]

    /// Class/id fragments of datelines.
    static let dateHints: [String] = ["date", "time", "ngay", "publish", "posted", "dateline", "thoigian"]

    /// Class/id fragments of the portal logo.
    static let logoHints: [String] = ["logo", "brand", "banner"]
}
