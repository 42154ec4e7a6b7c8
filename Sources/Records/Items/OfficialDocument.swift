/// What an official document (a report, plan, resolution… in the Party's or the State's
/// layout) says about itself in its header and signature block, as `eval/ANNOTATION.md`
/// defines the record's `document`.
public struct OfficialDocument: Sendable, Equatable {
    /// A directive kind's raw value (`bao_cao`, `ke_hoach`…), from the title word or the code.
    public var type: String?
    /// "245" of "Số 245-BC/BTGTU".
    public var number: String?
    /// "245-BC/BTGTU".
    public var code: String?
    /// The place-and-date line's date, `YYYY-MM-DD`.
    public var date: String?
    /// The place-and-date line's place ("Cao Bằng").
    public var place: String?
    /// The issuing body, specific to whole ("Ban Tuyên giáo Tỉnh ủy Cao Bằng").
    public var issuer: String?
    /// The kind word and subtitle as one sentence-case string.
    public var title: String?
    public var signers: [Signer]
    /// The "Nơi nhận" lines without their dashes and final punctuation, in order.
    public var recipients: [String]

    /// One signature of the signature block.
    public struct Signer: Sendable, Equatable {
        /// The name as printed.
        public var name: String
        /// The office under the capacity line, in normal case ("Phó Trưởng Ban").
        public var title: String?
        /// The T/M, K/T, T/L, TUQ or Q. line in normal case ("T/M Ban Tuyên giáo").
        public var capacity: String?

        public init(name: String, title: String?, capacity: String?) {
            self.name = name
            self.title = title
            self.capacity = capacity
        }
    }

    public init(type: String? = nil, number: String? = nil, code: String? = nil, date: String? = nil,
                place: String? = nil, issuer: String? = nil, title: String? = nil, signers: [Signer] = [],
                recipients: [String] = []) {
        self.type = type
        self.number = number
        self.code = code
        self.date = date
        self.place = place
        self.issuer = issuer
        self.title = title
        self.signers = signers
        self.recipients = recipients
    }
}
