package org.weconomics.canvas.picture;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An SVG picture read back with the JDK's XML parser, as a viewer would see it: blocks, stickies and their text. */
record ParsedSvg(Document document, List<Block> blocks) {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    record Block(String key, Box frame, List<Sticky> stickies) {}

    record Sticky(int position, Box paper, String text, String title) {}

    /** Parses the SVG; fails if it is not well-formed XML. */
    static ParsedSvg parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        List<Block> blocks = new ArrayList<>();
        for (Element group : elements(document.getDocumentElement(), "g")) {
            if (group.getAttribute("class").equals("block")) {
                blocks.add(block(group));
            }
        }
        return new ParsedSvg(document, blocks);
    }

    Block block(String key) {
        return blocks.stream()
                .filter(block -> block.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    /** All text elements' content, in document order. */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (Element text : elements(document.getDocumentElement(), "text")) {
            texts.add(text.getTextContent());
        }
        return texts;
    }

    private static Block block(Element group) {
        Box frame = null;
        List<Sticky> stickies = new ArrayList<>();
        for (Element rect : elements(group, "rect")) {
            if (rect.getAttribute("class").equals("block-frame")) {
                frame = box(rect);
            }
        }
        for (Element child : elements(group, "g")) {
            if (child.getAttribute("class").equals("sticky")) {
                stickies.add(sticky(child));
            }
        }
        return new Block(group.getAttribute("data-block"), frame, stickies);
    }

    private static Sticky sticky(Element group) {
        Box paper = null;
        for (Element rect : elements(group, "rect")) {
            if (rect.getAttribute("class").equals("sticky-paper")) {
                paper = box(rect);
            }
        }
        List<String> lines = new ArrayList<>();
        for (Element text : elements(group, "text")) {
            if (text.getAttribute("class").equals("note-text")) {
                for (Element line : elements(text, "tspan")) {
                    lines.add(line.getTextContent());
                }
            }
        }
        String title = elements(group, "title").get(0).getTextContent();
        return new Sticky(Integer.parseInt(group.getAttribute("data-position")), paper, String.join(" ", lines), title);
    }

    private static Box box(Element rect) {
        return new Box(number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height"));
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static List<Element> elements(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS(SVG_NAMESPACE, localName);
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
