extension StringProtocol {
    /// `count <= limit`, reading at most `limit + 1` characters: the length tests of the line
    /// rules cost no walk over a long paragraph. A string of at most `limit` UTF-8 bytes
    /// passes unread (a character takes one byte at least).
    func hasAtMostCharacters(_ limit: Int) -> Bool {
        if utf8.count <= limit { return true }
        var seen = 0
        for _ in self {
            seen += 1
            if seen > limit { return false }
        }
        return true
    }
}
