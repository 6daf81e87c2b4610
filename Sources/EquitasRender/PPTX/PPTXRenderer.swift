import EquitasCore
import EquitasSheets
import Foundation

/// A `SlideDeck` as a PowerPoint file (.pptx) that PowerPoint and LibreOffice Impress
/// open without offering repairs: 16:9 slides on one master with a title layout and a
/// title-and-content layout, a plain accessible theme, speaker notes where the deck
/// has them, and the deck's properties in File › Properties. The same deck always
/// gives the same bytes, every entry dated with the deck's date.
public enum PPTXRenderer {
    public static func render(_ deck: SlideDeck) throws -> Data {
        let language = deck.properties.language
        let notedSlides = deck.slides.indices.filter { PPTXNotesSlide.hasNotes(deck.slides[$0].notes) }.map { $0 + 1 }
        let manifest = PPTXContentManifest(slideCount: deck.slides.count, notedSlides: notedSlides)

        var package = OOXMLPackage(stampedOn: deck.properties.date)
        package.add(OOXMLPackage.contentTypesPath, manifest.contentTypes)
        package.add("_rels/.rels", OOXMLRelationships.packageRoot(mainPart: PPTXPresentation.path, appProperties: PPTXAppProperties.path).xml)
        package.add(OOXMLCoreProperties.path, OOXMLCoreProperties.xml(deck.properties))
        package.add(PPTXAppProperties.path, PPTXAppProperties.xml(slideCount: deck.slides.count, notesCount: notedSlides.count))
        package.add(PPTXPresentation.path, PPTXPresentation.xml(manifest, language: language))
        package.add("ppt/_rels/presentation.xml.rels", manifest.presentationRelationships)
        package.add(PPTXPresentation.propertiesPath, PPTXPresentation.propertiesXML)
        package.add(PPTXPresentation.viewPath, PPTXPresentation.viewXML)
        package.add(PPTXPresentation.tableStylesPath, PPTXPresentation.tableStylesXML)
        package.add("ppt/theme/theme1.xml", PPTXTheme.xml)
        package.add(PPTXSlideMaster.path, PPTXSlideMaster.xml(language: language))
        package.add(PPTXSlideMaster.relationshipsPath, PPTXSlideMaster.relationships)
        for layout in PPTXSlideLayout.allCases {
            package.add(layout.path, layout.xml(language: language))
            package.add(layout.relationshipsPath, PPTXSlideLayout.relationships)
        }
        for (index, slide) in deck.slides.enumerated() {
            let number = index + 1
            let notesNumber = notedSlides.contains(number) ? number : nil
            package.add(PPTXSlideBuilder.path(number), PPTXSlideBuilder.xml(slide, number: number, language: language))
            package.add(PPTXSlideBuilder.relationshipsPath(number),
                        PPTXSlideBuilder.relationships(layout: PPTXSlideLayout(slide.layout), notesNumber: notesNumber))
            if let notes = slide.notes, notesNumber != nil {
                package.add(PPTXNotesSlide.path(number), PPTXNotesSlide.xml(notes: notes, language: language))
                package.add(PPTXNotesSlide.relationshipsPath(number), PPTXNotesSlide.relationships(slideNumber: number))
            }
        }
        if manifest.hasNotes {
            package.add(PPTXNotesMaster.path, PPTXNotesMaster.xml(language: language))
            package.add(PPTXNotesMaster.relationshipsPath, PPTXNotesMaster.relationships)
            package.add(PPTXNotesMaster.themePath, PPTXTheme.xml)
        }
        return try package.data()
    }
}
