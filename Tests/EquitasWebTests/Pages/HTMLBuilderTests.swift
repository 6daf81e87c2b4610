import Foundation
import Testing

@testable import EquitasWeb

@Suite("The HTML builder")
struct HTMLBuilderTests {
    static let hostile = #"<script>alert('x')</script> &amp; "double" 'single'"#

    @Test("text and attribute values come out escaped and read back as written")
    func escaping() throws {
        let node = Node.p([Attribute("title", Self.hostile), .class(Self.hostile)], .text(Self.hostile))

        let markup = node.render()

        #expect(!markup.contains("<script>"))
        #expect(markup.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp;amp; \"double\" 'single'"))
        #expect(markup.contains(#"title="&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;amp; &quot;double&quot; &#39;single&#39;""#))
        let parsed = try #require(XMLTree(markup)).root
        #expect(parsed.allText == Self.hostile)
        #expect(parsed.attributes["title"] == Self.hostile)
        #expect(parsed.attributes["class"] == Self.hostile)
    }

    @Test("interpolating into a literal is text, so it is escaped too")
    func interpolation() {
        let name = "<b>Bold</b>"
        let node = Node.strong([], "Hello \(name)")
        #expect(node.render() == "<strong>Hello &lt;b&gt;Bold&lt;/b&gt;</strong>")
    }

    @Test("a boolean attribute is present with an empty value, or absent")
    func booleanAttribute() throws {
        let on = Node.input([Attribute("type", "checkbox"), .flag("checked")]).render()
        let off = Node.input([Attribute("type", "checkbox"), .flag("checked", false)]).render()

        #expect(on == #"<input type="checkbox" checked="" />"#)
        #expect(off == #"<input type="checkbox" />"#)
        #expect(try #require(XMLTree(on)).root.attributes["checked"] == "")
        #expect(Node.option(value: "a", selected: true, "A").render() == #"<option value="a" selected="">A</option>"#)
    }

    @Test("void elements have no closing tag; others always close")
    func voidElements() {
        #expect(Node.element("br").render() == "<br />")
        #expect(Node.meta([Attribute("charset", "utf-8")]).render() == #"<meta charset="utf-8" />"#)
        #expect(Node.div().render() == "<div></div>")
        #expect(Node.td([]).render() == "<td></td>")
    }

    @Test("raw markup passes through untouched; fragments join their nodes")
    func rawAndFragments() {
        let style = Node.element("style", [], [.raw("a > b { color: #0b0c0c; }")])
        let joined = Node.fragment([.text("a & b"), .raw("<hr />"), .empty])

        #expect(style.render() == "<style>a > b { color: #0b0c0c; }</style>")
        #expect(joined.render() == "a &amp; b<hr />")
    }

    @Test("tables carry header scope; forms and links carry their addresses escaped")
    func conveniences() {
        #expect(Node.th(scope: .col, [], "Level").render() == #"<th scope="col">Level</th>"#)
        #expect(Node.th(scope: .row, [], "Wyvern Vale").render() == #"<th scope="row">Wyvern Vale</th>"#)
        #expect(Node.form(action: "/a?b=1&c=2", method: .get, []).render() == #"<form action="/a?b=1&amp;c=2" method="get"></form>"#)
        #expect(
            Node.a(href: "/x\"y", "go", attributes: [.aria("current", "page")]).render()
                == #"<a href="/x&quot;y" aria-current="page">go</a>"#)
        #expect(Node.label(for: "when", "When").render() == #"<label for="when">When</label>"#)
    }

    @Test("only plain lower-case names are accepted for elements and attributes")
    func names() {
        for name in ["p", "h1", "aria-describedby", "data-x1"] { #expect(HTMLNames.isPlain(name), "\(name)") }
        for name in ["", "P", "1a", "-a", "on click", "a\"b", "a>b", "x=y", "é"] { #expect(!HTMLNames.isPlain(name), "\(name)") }
        #expect(HTMLNames.isVoid("input") && !HTMLNames.isVoid("div"))
        #expect(HTMLNames.isRawText("script") && HTMLNames.isRawText("style"))
    }
}
