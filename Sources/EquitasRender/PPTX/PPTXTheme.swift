import EquitasSheets

/// `ppt/theme/theme1.xml`: a plain theme meant to be read. Dark text on white, one
/// blue accent for rules and bullets, Arial throughout. The schema asks for six accent
/// colours; the deck itself uses only `accent1`, and the other five are kept dark
/// enough that anything a council adds with them still reads against white (every
/// text and accent colour here has a contrast ratio of at least 4.5:1 on `lt1`).
enum PPTXTheme {
    static let name = "Equitas Plain"
    static let font = "Arial"

    /// Scheme slot and RGB, in the order the schema requires.
    static let colours: [(slot: String, rgb: String)] = [
        ("dk1", "1A1A1A"), ("lt1", "FFFFFF"), ("dk2", "1F3A5F"), ("lt2", "F2F2F2"),
        ("accent1", "005A9C"), ("accent2", "1F3A5F"), ("accent3", "595959"),
        ("accent4", "2E6B30"), ("accent5", "8A4B00"), ("accent6", "6B2C91"),
        ("hlink", "0B5CAD"), ("folHlink", "6B2C91"),
    ]

    static var xml: String {
        OOXMLPart.declaration
            + #"<a:theme xmlns:a="\#(PPTXNamespaces.drawing)" name="\#(name)"><a:themeElements>"#
            + colourScheme + fontScheme + formatScheme
            + "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    }

    private static var colourScheme: String {
        #"<a:clrScheme name="\#(name)">"#
            + colours.map { "<a:\($0.slot)><a:srgbClr val=\"\($0.rgb)\"/></a:\($0.slot)>" }.joined()
            + "</a:clrScheme>"
    }

    private static var fontScheme: String {
        let fonts = #"<a:latin typeface="\#(font)"/><a:ea typeface=""/><a:cs typeface=""/>"#
        return #"<a:fontScheme name="\#(name)"><a:majorFont>\#(fonts)</a:majorFont><a:minorFont>\#(fonts)</a:minorFont></a:fontScheme>"#
    }

    /// Flat fills, thin solid lines and no effects: three of each, as the schema requires.
    private static var formatScheme: String {
        let fill = #"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#
        let lines = [6_350, 12_700, 19_050].map {
            #"<a:ln w="\#($0)" cap="flat" cmpd="sng" algn="ctr">\#(fill)<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>"#
        }
        let threeFills = String(repeating: fill, count: 3)
        return #"<a:fmtScheme name="\#(name)">"#
            + "<a:fillStyleLst>\(threeFills)</a:fillStyleLst>"
            + "<a:lnStyleLst>\(lines.joined())</a:lnStyleLst>"
            + "<a:effectStyleLst>" + String(repeating: "<a:effectStyle><a:effectLst/></a:effectStyle>", count: 3) + "</a:effectStyleLst>"
            + "<a:bgFillStyleLst>\(threeFills)</a:bgFillStyleLst>"
            + "</a:fmtScheme>"
    }
}
