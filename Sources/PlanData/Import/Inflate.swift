/// DEFLATE (RFC 1951) decompression of untrusted bytes, bounded: the output never grows
/// past `limit` bytes, every back-reference and code is checked, and every step either
/// consumes input or produces output, so damaged data ends in ``Failure/damaged`` (never
/// a trap, never a loop that runs on once the input is used up).
enum Inflate {
    enum Failure: Error, Equatable {
        /// Not a valid DEFLATE stream (a bad code, a distance before the start, input that ends early).
        case damaged
        /// The output would exceed the limit.
        case tooLarge
    }

    /// The bytes `input` inflates to, at most `limit` of them.
    static func inflate(_ input: ArraySlice<UInt8>, limit: Int, expected: Int = 0) throws(Failure) -> [UInt8] {
        var state = State(input: input, limit: limit)
        state.output.reserveCapacity(min(max(expected, 0), limit))
        try state.run()
        return state.output
    }

    /// A canonical Huffman code as a lookup table indexed by the next `bits` input bits
    /// (bit-reversed codes): each entry is `symbol << 4 | length`, 0 where no code fits.
    struct Code {
        var table: [UInt32]
        var bits: Int

        init(lengths: [Int]) throws(Failure) {
            var count = [Int](repeating: 0, count: 16)
            for l in lengths { count[l] += 1 }
            bits = max(1, (1...15).last { count[$0] > 0 } ?? 1)
            var left = 1
            for len in 1...15 {
                left = left << 1 - count[len]
                guard left >= 0 else { throw .damaged }  // over-subscribed
            }
            count[0] = 0
            var next = [Int](repeating: 0, count: 16), code = 0
            for len in 1...15 {
                code = (code + count[len - 1]) << 1
                next[len] = code
            }
            table = [UInt32](repeating: 0, count: 1 << bits)
            for (symbol, len) in lengths.enumerated() where len > 0 {
                var reversed = 0, c = next[len]
                next[len] += 1
                for _ in 0..<len {
                    reversed = reversed << 1 | c & 1
                    c >>= 1
                }
                var i = reversed
                while i < table.count {
                    table[i] = UInt32(symbol << 4 | len)
                    i += 1 << len
                }
            }
        }
    }

    struct State {
        let input: ArraySlice<UInt8>
        var position: Int
        var bitBuffer = 0, bitCount = 0
        let limit: Int
        var output: [UInt8] = []

        init(input: ArraySlice<UInt8>, limit: Int) {
            self.input = input
            position = input.startIndex
            self.limit = limit
        }

        /// Fills the bit buffer to at least `n` bits while input remains.
        mutating func fill(_ n: Int) {
            while bitCount < n && position < input.endIndex {
                bitBuffer |= Int(input[position]) << bitCount
                position += 1
                bitCount += 8
            }
        }

        mutating func bits(_ n: Int) throws(Failure) -> Int {
            fill(n)
            guard bitCount >= n else { throw .damaged }
            let v = bitBuffer & (1 << n - 1)
            bitBuffer >>= n
            bitCount -= n
            return v
        }

        mutating func decode(_ code: Code) throws(Failure) -> Int {
            fill(code.bits)
            let entry = Int(code.table[bitBuffer & (1 << code.bits - 1)])
            let len = entry & 15
            guard len > 0, len <= bitCount else { throw .damaged }
            bitBuffer >>= len
            bitCount -= len
            return entry >> 4
        }

        mutating func run() throws(Failure) {
            var last = false
            while !last {
                last = try bits(1) == 1
                switch try bits(2) {
                case 0: try stored()
                case 1: try block(Inflate.fixed.literal, Inflate.fixed.distance)
                case 2:
                    let (l, d) = try dynamicCodes()
                    try block(l, d)
                default: throw .damaged
                }
            }
        }

        mutating func stored() throws(Failure) {
            bitBuffer = 0
            bitCount = 0  // to the byte boundary (the buffer holds under 8 bits here)
            guard input.endIndex - position >= 4 else { throw .damaged }
            let len = Int(input[position]) | Int(input[position + 1]) << 8
            let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
            position += 4
            guard len == ~complement & 0xFFFF, input.endIndex - position >= len else { throw .damaged }
            guard output.count + len <= limit else { throw .tooLarge }
            output += input[position..<(position + len)]
            position += len
        }

        static let lengthBase = [
            3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
            227, 258,
        ]
        static let lengthExtra = [
            0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
        ]
        static let distanceBase = [
            1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
            4097, 6145, 8193, 12289, 16385, 24577,
        ]
        static let distanceExtra = [
            0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
        ]

        mutating func block(_ literal: Code, _ distance: Code) throws(Failure) {
            while true {
                let symbol = try decode(literal)
                if symbol < 256 {
                    guard output.count < limit else { throw .tooLarge }
                    output.append(UInt8(symbol))
                } else if symbol == 256 {
                    return
                } else {
                    let s = symbol - 257
                    guard s < 29 else { throw .damaged }
                    let length = Self.lengthBase[s] + (try bits(Self.lengthExtra[s]))
                    let d = try decode(distance)
                    guard d < 30 else { throw .damaged }
                    let dist = Self.distanceBase[d] + (try bits(Self.distanceExtra[d]))
                    guard dist <= output.count else { throw .damaged }
                    guard output.count + length <= limit else { throw .tooLarge }
                    var from = output.count - dist
                    for _ in 0..<length {
                        output.append(output[from])
                        from += 1
                    }
                }
            }
        }

        static let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

        mutating func dynamicCodes() throws(Failure) -> (Code, Code) {
            let nlen = try bits(5) + 257, ndist = try bits(5) + 1, ncode = try bits(4) + 4
            guard nlen <= 286, ndist <= 30 else { throw .damaged }
            var codeLengths = [Int](repeating: 0, count: 19)
            for i in 0..<ncode { codeLengths[Self.order[i]] = try bits(3) }
            let lengthCode = try Code(lengths: codeLengths)
            var lengths: [Int] = []
            while lengths.count < nlen + ndist {
                let symbol = try decode(lengthCode)
                switch symbol {
                case 0..<16: lengths.append(symbol)
                case 16:
                    guard let previous = lengths.last else { throw .damaged }
                    lengths += repeatElement(previous, count: 3 + (try bits(2)))
                case 17: lengths += repeatElement(0, count: 3 + (try bits(3)))
                default: lengths += repeatElement(0, count: 11 + (try bits(7)))
                }
            }
            guard lengths.count == nlen + ndist, lengths[256] > 0 else { throw .damaged }
            return (try Code(lengths: Array(lengths[0..<nlen])), try Code(lengths: Array(lengths[nlen...])))
        }
    }

    /// The fixed codes of block type 1.
    static let fixed: (literal: Code, distance: Code) = {
        let literal = (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 }
        // Both sets are complete codes, so building them cannot fail.
        return (try! Code(lengths: literal), try! Code(lengths: [Int](repeating: 5, count: 30)))
    }()
}
