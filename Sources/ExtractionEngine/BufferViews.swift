#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The elements of an array, lent for the length of ``Swift/Array/withView(_:)``: the rules
/// read folded bytes, scalars and tables through it at buffer speed without handling a
/// pointer. A view must not outlive the call that lends it (as a `Span` could not), which
/// the rules never do: they take it as a closure or function parameter only.
@frozen
public struct BufferView<Element>: RandomAccessCollection {
    @usableFromInline let base: UnsafeBufferPointer<Element>

    @inlinable init(_ base: UnsafeBufferPointer<Element>) {
        self.base = base
    }

    /// The elements of `slice` as a view of their own, indexed from 0.
    @inlinable public init(rebasing slice: Slice<BufferView<Element>>) {
        base = UnsafeBufferPointer(rebasing: slice.base.base[slice.startIndex..<slice.endIndex])
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { base.count }
    @inlinable public var count: Int { base.count }

    @inlinable public subscript(_ index: Int) -> Element { base[index] }
}

extension BufferView where Element == UInt8 {
    /// The first index of `byte` in `range`, or nil (`memchr`).
    @inlinable public func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        guard let start = base.baseAddress, !range.isEmpty else { return nil }
        precondition(range.lowerBound >= 0 && range.upperBound <= base.count, "range out of the view")
        guard let found = memchr(start + range.lowerBound, Int32(byte), range.count) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(start)
    }

    /// The first index from which `needle` stands inside `range`, or nil. Horspool's search on
    /// pairs of bytes: the window's last two bytes say how far the needle may move, as far as
    /// brings the nearest earlier pair of the needle that hashes alike under them, else one
    /// short of the needle's length. Over folded text, whose letters are few, a single byte
    /// recurs in a needle and lets it move a few bytes only; most pairs do not. A needle of
    /// one byte is `memchr`'s; an empty needle stands at `range`'s start.
    @inlinable public func firstIndex(of needle: [UInt8], in range: Range<Int>) -> Int? {
        precondition(range.lowerBound >= 0 && range.upperBound <= base.count, "range out of the view")
        let length = needle.count
        guard length > 0 else { return range.lowerBound }
        guard let start = base.baseAddress, length <= range.count else { return nil }
        if length == 1 { return firstIndex(of: needle[0], in: range) }
        return needle.withUnsafeBufferPointer { pattern -> Int? in
            guard let patternStart = pattern.baseAddress else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.pairBuckets) { shifts -> Int? in
                // Shifts above 255 are cut to 255: a shorter move is always safe.
                shifts.initialize(repeating: UInt8(truncatingIfNeeded: Swift.min(length - 1, 255)))
                // Later pairs move less: written in order, a bucket keeps its least move.
                for index in 0..<(length - 2) {
                    shifts[Self.pairBucket(pattern[index], pattern[index + 1])] =
                        UInt8(truncatingIfNeeded: Swift.min(length - 2 - index, 255))
                }
                let lastBucket = Self.pairBucket(pattern[length - 2], pattern[length - 1])
                // After a window whose last pair hashes as the needle's but which is no match.
                let afterMismatch = Int(shifts[lastBucket])
                shifts[lastBucket] = 0
                var position = range.lowerBound
                let lastPosition = range.upperBound - length
                while position <= lastPosition {
                    let shift = shifts[Self.pairBucket(start[position + length - 2], start[position + length - 1])]
                    if shift == 0 {
                        if memcmp(start + position, patternStart, length) == 0 { return position }
                        position += afterMismatch
                    } else {
                        position += Int(shift)
                    }
                }
                return nil
            }
        }
    }

    /// Buckets of byte pairs for ``firstIndex(of:in:)-([UInt8],_)``.
    @inlinable static var pairBuckets: Int { 1024 }

    /// The bucket of the pair `first`, `second`: distinct for two pairs of lower-case letters.
    @inlinable @inline(__always)
    static func pairBucket(_ first: UInt8, _ second: UInt8) -> Int {
        (Int(first) &<< 5 ^ Int(second)) & 1023
    }

    /// True when `needle` stands at `position` (`memcmp`).
    @inlinable public func has(_ needle: [UInt8], at position: Int) -> Bool {
        guard let start = base.baseAddress, position >= 0, position + needle.count <= base.count else { return false }
        return memcmp(start + position, needle, needle.count) == 0
    }
}

/// The elements of an array, lent writable for the length of
/// ``Swift/Array/withMutableView(_:)``; see ``BufferView``.
@frozen
public struct MutableBufferView<Element> {
    @usableFromInline let base: UnsafeMutableBufferPointer<Element>

    @inlinable init(_ base: UnsafeMutableBufferPointer<Element>) {
        self.base = base
    }

    @inlinable public var count: Int { base.count }
    @inlinable public var indices: Range<Int> { 0..<base.count }

    @inlinable public subscript(_ index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }
}

extension Array {
    /// Calls `body` with a view of the elements.
    @inlinable public func withView<Result>(_ body: (BufferView<Element>) throws -> Result) rethrows -> Result {
        try withUnsafeBufferPointer { try body(BufferView($0)) }
    }

    /// Calls `body` with a writable view of the elements.
    @inlinable public mutating func withMutableView<Result>(
        _ body: (MutableBufferView<Element>) throws -> Result
    ) rethrows -> Result {
        try withUnsafeMutableBufferPointer { try body(MutableBufferView($0)) }
    }
}

/// A fixed number of slots owned by a class, read and written by index without the
/// exclusivity checks of a stored array: a memo of look-ups filled as rules ask for them.
public final class Slots<Element> {
    @usableFromInline let storage: UnsafeMutableBufferPointer<Element>

    /// `count` slots holding `initial`.
    public init(count: Int, repeating initial: Element) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: initial)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    @inlinable public var count: Int { storage.count }

    @inlinable public subscript(_ index: Int) -> Element {
        get { storage[index] }
        set { storage[index] = newValue }
    }
}
