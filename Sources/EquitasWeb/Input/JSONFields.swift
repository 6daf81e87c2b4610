import EquitasCore
import Foundation

/// Every string in a JSON body, named by its path (`items[2].title`).
enum JSONFields {
    static func check(_ bytes: [UInt8]) throws {
        let raw = bytes.contains { StorableText.isForbidden(Unicode.Scalar($0)) }
        guard raw || mayHoldEscapedControl(bytes) else { return }
        guard let value = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else {
            // Not JSON at all: the route says so (400), unless the reason is a raw control
            // character, which is this check's to name.
            if raw, let byte = bytes.first(where: { StorableText.isForbidden(Unicode.Scalar($0)) }) {
                throw ValidationFailure(path: "", message: "the body " + StorableText.message(Unicode.Scalar(byte)))
            }
            return
        }
        try walk(value, path: "")
    }

    /// `\u0000`–`\u001f` or `\u007f` somewhere: worth reading the JSON to find the field.
    static func mayHoldEscapedControl(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 6 else { return false }
        for i in 0...(bytes.count - 6) where bytes[i] == UInt8(ascii: "\\") && bytes[i + 1] == UInt8(ascii: "u")
            && bytes[i + 2] == UInt8(ascii: "0") && bytes[i + 3] == UInt8(ascii: "0") {
            switch (bytes[i + 4], bytes[i + 5]) {
            case (UInt8(ascii: "0"), _), (UInt8(ascii: "1"), _), (UInt8(ascii: "7"), UInt8(ascii: "f")), (UInt8(ascii: "7"), UInt8(ascii: "F")):
                return true
            default: continue
            }
        }
        return false
    }

    private static func walk(_ value: Any, path: String) throws {
        if let text = value as? String {
            try StorableText.check(text, path: path)
        } else if let object = value as? [String: Any] {
            for (key, child) in object.sorted(by: { $0.key < $1.key }) {
                try StorableText.check(key, path: path.isEmpty ? key : path + "." + key)
                try walk(child, path: path.isEmpty ? key : path + "." + key)
            }
        } else if let array = value as? [Any] {
            for (index, child) in array.enumerated() { try walk(child, path: "\(path)[\(index)]") }
        }
    }
}
