/// One of N disjoint parts of a run's inputs, for running one job on many machines (a
/// Kubernetes Indexed Job, a batch of hosts): an input belongs to shard K of N when the
/// 64-bit FNV-1a hash of its canonical URI (the `file://` URI of its absolute path), modulo
/// N, is K. The shards of one N are disjoint and together cover every input, and which
/// shard an input falls in depends only on its URI: not on the order of a listing, nor on
/// the machine that lists, as long as every machine sees the inputs at the same absolute
/// path (mount the share at the same place everywhere).
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// From 0 to `count - 1`, as Kubernetes' `JOB_COMPLETION_INDEX` counts.
    public let index: Int
    public let count: Int

    /// Why a shard could not be named.
    public struct Invalid: Error, CustomStringConvertible, Equatable {
        public let description: String
    }

    public init(index: Int, count: Int) throws(Invalid) {
        guard count >= 1 else { throw Invalid(description: "the number of shards must be at least 1, not \(count)") }
        guard (0..<count).contains(index) else {
            throw Invalid(description: "shard \(index) of \(count) does not exist: shards count from 0 to \(count - 1)")
        }
        self.index = index
        self.count = count
    }

    /// `K/N`, as `--shard` and the pipeline key `shard:` give it.
    public init(parsing text: String) throws(Invalid) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0].trimmingSpaces), let count = Int(parts[1].trimmingSpaces) else {
            throw Invalid(description: "a shard is K/N (for example 0/4, the first of four), not \(text)")
        }
        try self.init(index: index, count: count)
    }

    /// `--shards N`: K from `BAOCAO_SHARD`, else from `JOB_COMPLETION_INDEX` (a Kubernetes
    /// Indexed Job sets it in each pod).
    public init(count: Int, environment: [String: String]) throws(Invalid) {
        let name = environment["BAOCAO_SHARD"] != nil ? "BAOCAO_SHARD" : "JOB_COMPLETION_INDEX"
        guard let value = environment[name] else {
            throw Invalid(description: "--shards \(count) takes the shard's index from BAOCAO_SHARD or JOB_COMPLETION_INDEX; neither is set")
        }
        guard let index = Int(value.trimmingSpaces) else {
            throw Invalid(description: "\(name)=\(value) is not a shard index (0 to \(count - 1))")
        }
        try self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// True when the input with this canonical URI belongs to the shard.
    public func contains(uri: String) -> Bool {
        Int(Self.hash(uri) % UInt64(count)) == index
    }

    /// 64-bit FNV-1a of the URI's UTF-8 bytes.
    public static func hash(_ uri: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in uri.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}

private extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return text
    }
}

private extension String {
    var trimmingSpaces: Substring { Substring(self).trimmingSpaces }
}
