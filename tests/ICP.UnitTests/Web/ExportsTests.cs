using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using ICP.Web.Infrastructure;
using Xunit;

namespace ICP.UnitTests.Web;

public sealed class ExportsTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly DateTimeOffset Deadline = new(2021, 11, 15, 23, 59, 59, TimeSpan.FromHours(1));

    [Fact]
    public void Csv_StartsWithAUtf8ByteOrderMark_AndKeepsAccents()
    {
        var bytes = Exports.Csv(new ExportTable(["Ville"], [["Liège"], ["Malmö"]]));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var text = CsvText(bytes);
        Assert.StartsWith("Ville", text, StringComparison.Ordinal);
        Assert.Contains("Liège", text, StringComparison.Ordinal);
        Assert.Contains("Malmö", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_HeaderThenOneRecordPerRow_CommaSeparated()
    {
        var text = CsvText(Exports.Csv(new ExportTable(["Reference", "City", "Score"], [["ICP-2021-BE-0001", "Liège", 72.5m], ["ICP-2021-IT-0002", "Torino", 64m]])));

        Assert.Equal(["Reference,City,Score", "ICP-2021-BE-0001,Liège,72.5", "ICP-2021-IT-0002,Torino,64"], Records(text));
    }

    [Fact]
    public void Csv_RecordsEndWithCrLf_AsRfc4180Requires()
    {
        var text = CsvText(Exports.Csv(new ExportTable(["A", "B"], [[1, 2]])));

        Assert.Equal("A,B\r\n1,2\r\n", text);
    }

    [Theory]
    [InlineData("Liège", "Liège")]
    [InlineData("Brussels, Belgium", "\"Brussels, Belgium\"")]
    [InlineData("The \"green\" city", "\"The \"\"green\"\" city\"")]
    [InlineData("Line one\nLine two", "\"Line one\nLine two\"")]
    [InlineData("Line one\r\nLine two", "\"Line one\r\nLine two\"")]
    [InlineData("\"", "\"\"\"\"")]
    public void Csv_FieldWithCommaQuoteOrNewline_IsQuoted(string cell, string expected)
    {
        Assert.Equal(expected, CsvField(cell));
    }

    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+33 1 23 45 67", "'+33 1 23 45 67")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)", "'@SUM(1+1)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("a=b", "a=b")]
    public void Csv_TextASpreadsheetWouldRunAsAFormula_IsDefused(string cell, string expected)
    {
        Assert.Equal(expected, CsvField(cell));
    }

    [Fact]
    public void Csv_NegativeAndSignedNumbers_AreNotDefused()
    {
        Assert.Equal("-5", CsvField(-5));
        Assert.Equal("-12.5", CsvField(-12.5m));
        Assert.Equal("-3", CsvField("-3"));
        Assert.Equal("+7", CsvField("+7"));
    }

    [Fact]
    public void Csv_HeadersAreDefusedAndQuotedToo()
    {
        var text = CsvText(Exports.Csv(new ExportTable(["=cmd", "Score, mean"], [])));

        Assert.Equal("'=cmd,\"Score, mean\"", Records(text).Single());
    }

    [Fact]
    public void Csv_NumbersAndInstants_AreWrittenTheSameWhateverTheCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");

            var text = CsvText(Exports.Csv(new ExportTable(["Score", "Submitted", "Note", "Count"], [[72.5m, Deadline, null, 1234]])));

            Assert.Equal("72.5,2021-11-15T22:59:59Z,,1234", Records(text)[1]);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Xlsx_Package_HasTheOpenXmlParts_AllWellFormed()
    {
        var parts = Parts(Exports.Xlsx(new ExportTable(["A"], [["x"]]), "Applications"));

        Assert.Equal(
            ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"],
            parts.Keys.Order(StringComparer.Ordinal));
        Assert.All(parts.Values, xml => XDocument.Parse(xml));
    }

    [Fact]
    public void Xlsx_ContentTypesAndRelationships_LeadToTheWorkbookAndItsSheet()
    {
        var parts = Parts(Exports.Xlsx(new ExportTable(["A"], [["x"]]), "Applications"));

        var overrides = XDocument.Parse(parts["[Content_Types].xml"]).Descendants(ContentTypes + "Override")
            .ToDictionary(o => (string)o.Attribute("PartName")!, o => (string)o.Attribute("ContentType")!);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", overrides["/xl/workbook.xml"]);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml", overrides["/xl/worksheets/sheet1.xml"]);

        var root = Assert.Single(XDocument.Parse(parts["_rels/.rels"]).Descendants(Relationships + "Relationship"));
        Assert.Contains((string)root.Attribute("Target")!, parts.Keys);
        var sheet = Assert.Single(XDocument.Parse(parts["xl/_rels/workbook.xml.rels"]).Descendants(Relationships + "Relationship"));
        Assert.Contains("xl/" + (string)sheet.Attribute("Target")!, parts.Keys);

        var workbookSheet = Assert.Single(XDocument.Parse(parts["xl/workbook.xml"]).Descendants(Main + "sheet"));
        Assert.Equal((string)sheet.Attribute("Id")!, (string)workbookSheet.Attribute(XName.Get("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"))!);
    }

    [Fact]
    public void Xlsx_SheetName_IsEscaped()
    {
        var parts = Parts(Exports.Xlsx(new ExportTable(["A"], []), "Scores & <ranks>"));

        Assert.Contains("Scores &amp; &lt;ranks&gt;", parts["xl/workbook.xml"], StringComparison.Ordinal);
        var sheet = Assert.Single(XDocument.Parse(parts["xl/workbook.xml"]).Descendants(Main + "sheet"));
        Assert.Equal("Scores & <ranks>", (string)sheet.Attribute("name")!);
    }

    [Fact]
    public void Xlsx_SheetName_FollowsExcelsRules()
    {
        var parts = Parts(Exports.Xlsx(new ExportTable(["A"], []), "Scores [2021] / evaluation: final? yes*, long name"));

        var sheet = Assert.Single(XDocument.Parse(parts["xl/workbook.xml"]).Descendants(Main + "sheet"));
        Assert.Equal("Scores 2021  evaluation final y", (string)sheet.Attribute("name")!);
    }

    [Fact]
    public void Xlsx_ControlCharactersXmlCannotCarry_AreDropped_AndTheSheetStaysReadable()
    {
        var xml = Parts(Exports.Xlsx(new ExportTable(["Comment"], [["Line\u000Bbreak\u0001 kept \U0001F30D"]]), "Applications"))["xl/worksheets/sheet1.xml"];

        Assert.Equal("Linebreak kept \U0001F30D", Value(Cells(xml)["A2"]));
    }

    [Fact]
    public void Xlsx_Text_IsAnEscapedInlineString_KeptExactly()
    {
        const string Awkward = "  Liège & Co <\"Verte\"> l'été  ";
        var xml = Parts(Exports.Xlsx(new ExportTable(["City"], [[Awkward]]), "Applications"))["xl/worksheets/sheet1.xml"];

        Assert.Contains("Liège &amp; Co &lt;&quot;Verte&quot;&gt; l&apos;été", xml, StringComparison.Ordinal);
        var cell = Cells(xml)["A2"];
        Assert.Equal("inlineStr", (string?)cell.Attribute("t"));
        Assert.Equal(Awkward, Value(cell));
        Assert.Equal("City", Value(Cells(xml)["A1"]));
    }

    [Fact]
    public void Xlsx_Numbers_AreNumericCells_InvariantCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");

            var cells = Cells(Parts(Exports.Xlsx(new ExportTable(["Score", "Count", "Big", "Ratio"], [[72.5m, 3, 12345678901L, 0.25d]]), "S"))["xl/worksheets/sheet1.xml"]);

            Assert.Equal(["72.5", "3", "12345678901", "0.25"], new[] { "A2", "B2", "C2", "D2" }.Select(r => cells[r].Element(Main + "v")?.Value));
            Assert.All(new[] { "A2", "B2", "C2", "D2" }, r => Assert.Null(cells[r].Attribute("t")));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Xlsx_FormulaLikeText_StaysText()
    {
        var xml = Parts(Exports.Xlsx(new ExportTable(["Note"], [["=SUM(A1:A9)"]]), "S"))["xl/worksheets/sheet1.xml"];

        var cell = Cells(xml)["A2"];
        Assert.Equal("inlineStr", (string?)cell.Attribute("t"));
        Assert.Equal("=SUM(A1:A9)", Value(cell));
        Assert.Empty(XDocument.Parse(xml).Descendants(Main + "f"));
    }

    [Fact]
    public void Xlsx_Instant_IsIsoUtcText()
    {
        var cells = Cells(Parts(Exports.Xlsx(new ExportTable(["Submitted"], [[Deadline]]), "S"))["xl/worksheets/sheet1.xml"]);

        Assert.Equal("2021-11-15T22:59:59Z", Value(cells["A2"]));
    }

    [Fact]
    public void Xlsx_EmptyCell_IsLeftOut_WithoutShiftingTheNextColumn()
    {
        var xml = Parts(Exports.Xlsx(new ExportTable(["A", "B", "C"], [["left", null, 3]]), "S"))["xl/worksheets/sheet1.xml"];

        var cells = Cells(xml);
        Assert.Equal("left", Value(cells["A2"]));
        Assert.DoesNotContain("B2", cells.Keys);
        Assert.Equal("3", Value(cells["C2"]));
    }

    [Fact]
    public void Xlsx_RowsAndColumns_AreNumberedLikeExcel()
    {
        var headers = Enumerable.Range(1, 53).Select(i => "H" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var xml = Parts(Exports.Xlsx(new ExportTable(headers, [[1], [2]]), "S"))["xl/worksheets/sheet1.xml"];

        var cells = Cells(xml);
        Assert.Equal("H1", Value(cells["A1"]));
        Assert.Equal("H26", Value(cells["Z1"]));
        Assert.Equal("H27", Value(cells["AA1"]));
        Assert.Equal("H52", Value(cells["AZ1"]));
        Assert.Equal("H53", Value(cells["BA1"]));
        Assert.Equal("2", Value(cells["A3"]));
        Assert.Equal(["1", "2", "3"], XDocument.Parse(xml).Descendants(Main + "row").Select(r => (string)r.Attribute("r")!));
    }

    private static string CsvText(byte[] csv) => Encoding.UTF8.GetString(csv.AsSpan(3));

    /// <summary>The records of a CSV without embedded newlines, whichever line ending it uses.</summary>
    private static List<string> Records(string text) =>
        [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The one data field of a one-column CSV, as written.</summary>
    private static string CsvField(object? cell)
    {
        var text = CsvText(Exports.Csv(new ExportTable(["H"], [[cell]])));
        var body = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        return body.EndsWith("\r\n", StringComparison.Ordinal) ? body[..^2] : body[..^1];
    }

    private static Dictionary<string, string> Parts(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    private static Dictionary<string, XElement> Cells(string sheetXml) =>
        XDocument.Parse(sheetXml, LoadOptions.PreserveWhitespace).Descendants(Main + "c").ToDictionary(c => (string)c.Attribute("r")!);

    private static string Value(XElement cell) =>
        (string?)cell.Attribute("t") == "inlineStr"
            ? cell.Element(Main + "is")!.Element(Main + "t")!.Value
            : cell.Element(Main + "v")!.Value;
}
