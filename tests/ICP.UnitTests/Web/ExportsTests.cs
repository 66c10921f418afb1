using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using ICP.Web.Mvc;
using Xunit;

namespace ICP.UnitTests.Web;

/// <summary>The exports, read back with the libraries a reader's tools are built on (CsvHelper, the Open XML SDK).</summary>
public sealed class ExportsTests
{
    private static readonly DateTimeOffset Deadline = new(2021, 11, 15, 23, 59, 59, TimeSpan.FromHours(1));

    [Fact]
    public void Csv_StartsWithAUtf8ByteOrderMark_AndKeepsAccents()
    {
        var bytes = Exports.Csv(new ExportTable(["Ville"], [["Liège"], ["Malmö"]]));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        Assert.Equal([["Ville"], ["Liège"], ["Malmö"]], ReadCsv(bytes));
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
    public void Csv_FieldWithCommaQuoteOrNewline_IsQuoted_AndReadsBackUnchanged(string cell, string expected)
    {
        var bytes = Exports.Csv(new ExportTable(["H"], [[cell]]));

        Assert.Equal(expected, CsvField(bytes));
        Assert.Equal(cell, ReadCsv(bytes)[1].Single());
    }

    [Theory]
    [InlineData("=SUM(A1:A9)")]
    [InlineData("+33 1 23 45 67")]
    [InlineData("-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("-3")]
    public void Csv_TextASpreadsheetWouldRunAsAFormula_IsDefused(string cell)
    {
        var bytes = Exports.Csv(new ExportTable(["H"], [[cell]]));

        Assert.Equal("'" + cell, ReadCsv(bytes)[1].Single());
    }

    [Fact]
    public void Csv_TextWithAnOperatorInside_IsLeftAlone()
    {
        Assert.Equal("a=b", ReadCsv(Exports.Csv(new ExportTable(["H"], [["a=b"]])))[1].Single());
    }

    [Fact]
    public void Csv_NegativeNumbers_StayNumbers()
    {
        var bytes = Exports.Csv(new ExportTable(["Count", "Score", "Big", "Ratio"], [[-5, -12.5m, -12345678901L, -0.25d]]));

        Assert.Equal("-5,-12.5,-12345678901,-0.25", Records(CsvText(bytes))[1]);
        using var reader = CsvReader.Create(bytes);
        Assert.True(reader.Read());
        Assert.Equal(-5, reader.Parse<int>(0));
        Assert.Equal(-12.5m, reader.Parse<decimal>(1));
        Assert.Equal(-12345678901L, reader.Parse<long>(2));
        Assert.Equal(-0.25d, reader.Parse<double>(3));
    }

    [Fact]
    public void Csv_HeadersAreDefusedAndQuotedToo()
    {
        var bytes = Exports.Csv(new ExportTable(["=cmd", "Score, mean"], []));

        Assert.Equal(["'=cmd", "Score, mean"], ReadCsv(bytes).Single());
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
    public void Xlsx_OpensWithTheOpenXmlSdk_AndIsValidOfficeOpenXml()
    {
        var bytes = Exports.Xlsx(new ExportTable(["City", "Score", "Submitted"], [["Liège", 72.5m, Deadline], ["Torino", null, null]]), "Applications");

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Equal("Applications", Assert.Single(document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>()).Name?.Value);
    }

    [Fact]
    public void Xlsx_HeaderRow_IsFrozenAndBold()
    {
        using var sheet = Open(Exports.Xlsx(new ExportTable(["Reference", "Score"], [["ICP-2021-BE-0001", 70]]), "S"));

        var pane = sheet.Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State?.Value);
        Assert.Equal(1d, pane.VerticalSplit?.Value);
        Assert.Equal("A2", pane.TopLeftCell?.Value);
        Assert.Null(pane.HorizontalSplit);
        Assert.All(new[] { "A1", "B1" }, r => Assert.True(sheet.FontOf(sheet.Cells[r]).Bold is not null));
        Assert.Null(sheet.FontOf(sheet.Cells["A2"]).Bold);
    }

    [Fact]
    public void Xlsx_Columns_AreAsWideAsTheirLongestValue_WithinBounds()
    {
        using var sheet = Open(Exports.Xlsx(new ExportTable(["Reference", "Score", "Comment"], [["ICP-2021-BE-0001", 7, new string('x', 500)]]), "S"));

        var widths = sheet.Worksheet.Descendants<Column>().ToDictionary(c => c.Min!.Value, c => c.Width!.Value);
        Assert.Equal([1u, 2u, 3u], widths.Keys.Order());
        Assert.Equal("ICP-2021-BE-0001".Length + 2, widths[1]);
        Assert.Equal(8, widths[2]); // "Score" and 7 are narrower than the minimum
        Assert.Equal(60, widths[3]); // a long comment does not make the sheet unreadable
        Assert.All(sheet.Worksheet.Descendants<Column>(), c => Assert.True(c.CustomWidth?.Value));
    }

    [Fact]
    public void Xlsx_SheetName_KeepsCharactersXmlMustEscape()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Exports.Xlsx(new ExportTable(["A"], []), "Scores & <ranks>")), isEditable: false);

        Assert.Equal("Scores & <ranks>", document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name?.Value);
    }

    [Fact]
    public void Xlsx_SheetName_FollowsExcelsRules()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Exports.Xlsx(new ExportTable(["A"], []), "Scores [2021] / evaluation: final? yes*, long name")), isEditable: false);

        Assert.Equal("Scores 2021  evaluation final y", document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name?.Value);
    }

    [Fact]
    public void Xlsx_ControlCharactersXmlCannotCarry_AreDropped_AndTheSheetStaysReadable()
    {
        using var sheet = Open(Exports.Xlsx(new ExportTable(["Comment"], [["Line\u000Bbreak\u0001 kept \U0001F30D"]]), "Applications"));

        Assert.Equal("Linebreak kept \U0001F30D", sheet.Text("A2"));
    }

    [Fact]
    public void Xlsx_Text_IsAStringCell_KeptExactly()
    {
        const string Awkward = "  Liège & Co <\"Verte\"> l'été  ";
        using var sheet = Open(Exports.Xlsx(new ExportTable(["City"], [[Awkward]]), "Applications"));

        Assert.Equal(CellValues.InlineString, sheet.Cells["A2"].DataType?.Value);
        Assert.Equal(Awkward, sheet.Text("A2"));
        Assert.Equal("City", sheet.Text("A1"));
    }

    [Fact]
    public void Xlsx_Numbers_AreNumericCells_InvariantCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");

            using var sheet = Open(Exports.Xlsx(new ExportTable(["Score", "Count", "Big", "Ratio"], [[72.5m, 3, 12345678901L, 0.25d]]), "S"));

            Assert.Equal(["72.5", "3", "12345678901", "0.25"], new[] { "A2", "B2", "C2", "D2" }.Select(r => sheet.Cells[r].CellValue?.Text));
            Assert.All(new[] { "A2", "B2", "C2", "D2" }, r => Assert.True(sheet.Cells[r].DataType is null || sheet.Cells[r].DataType!.Value == CellValues.Number));
            Assert.Equal(72.5m, decimal.Parse(sheet.Cells["A2"].CellValue!.Text, CultureInfo.InvariantCulture));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Xlsx_FormulaLikeText_StaysText()
    {
        using var sheet = Open(Exports.Xlsx(new ExportTable(["Note"], [["=SUM(A1:A9)"]]), "S"));

        Assert.Equal(CellValues.InlineString, sheet.Cells["A2"].DataType?.Value);
        Assert.Equal("=SUM(A1:A9)", sheet.Text("A2"));
        Assert.Empty(sheet.Worksheet.Descendants<CellFormula>());
    }

    [Fact]
    public void Xlsx_Instant_IsADateCell_InUtc()
    {
        using var sheet = Open(Exports.Xlsx(new ExportTable(["Submitted"], [[Deadline]]), "S"));

        var cell = sheet.Cells["A2"];
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number);
        var serial = double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
        Assert.Equal(new DateTime(2021, 11, 15, 22, 59, 59), DateTime.FromOADate(serial));
        Assert.Equal("yyyy-mm-dd hh:mm:ss", sheet.NumberFormatOf(cell));
    }

    [Fact]
    public void Xlsx_EmptyCell_IsLeftOut_WithoutShiftingTheNextColumn()
    {
        using var sheet = Open(Exports.Xlsx(new ExportTable(["A", "B", "C"], [["left", null, 3]]), "S"));

        Assert.Equal("left", sheet.Text("A2"));
        Assert.DoesNotContain("B2", sheet.Cells.Keys);
        Assert.Equal("3", sheet.Cells["C2"].CellValue?.Text);
    }

    [Fact]
    public void Xlsx_RowsAndColumns_AreNumberedLikeExcel()
    {
        var headers = Enumerable.Range(1, 53).Select(i => "H" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        using var sheet = Open(Exports.Xlsx(new ExportTable(headers, [[1], [2]]), "S"));

        Assert.Equal("H1", sheet.Text("A1"));
        Assert.Equal("H26", sheet.Text("Z1"));
        Assert.Equal("H27", sheet.Text("AA1"));
        Assert.Equal("H52", sheet.Text("AZ1"));
        Assert.Equal("H53", sheet.Text("BA1"));
        Assert.Equal("2", sheet.Cells["A3"].CellValue?.Text);
        Assert.Equal([1u, 2u, 3u], sheet.Worksheet.Descendants<Row>().Select(r => r.RowIndex!.Value));
    }

    private static string CsvText(byte[] csv) => Encoding.UTF8.GetString(csv.AsSpan(3));

    /// <summary>The records of a CSV without embedded newlines, whichever line ending it uses.</summary>
    private static List<string> Records(string text) =>
        [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The one data field of a one-column CSV, as written.</summary>
    private static string CsvField(byte[] csv)
    {
        var text = CsvText(csv);
        var body = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        return body.EndsWith("\r\n", StringComparison.Ordinal) ? body[..^2] : body[..^1];
    }

    /// <summary>Every record, the header first, as CsvHelper reads them.</summary>
    private static List<List<string>> ReadCsv(byte[] csv)
    {
        using var reader = CsvReader.Create(csv, CsvReaderOptions.Default with { Separator = ',' });
        var records = new List<List<string>> { reader.Headers.ToList() };
        while (reader.Read())
        {
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return records;
    }

    private static OpenedSheet Open(byte[] xlsx) => new(SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false));

    private sealed class OpenedSheet(SpreadsheetDocument document) : IDisposable
    {
        public Worksheet Worksheet { get; } = document.WorkbookPart!.WorksheetParts.Single().Worksheet;

        public Dictionary<string, Cell> Cells => Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

        public string Text(string reference) => Cells[reference].InlineString!.InnerText;

        public Font FontOf(Cell cell) =>
            Stylesheet.Fonts!.Elements<Font>().ElementAt((int)Format(cell).FontId!.Value);

        public string? NumberFormatOf(Cell cell)
        {
            var id = Format(cell).NumberFormatId!.Value;
            return Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == id).FormatCode?.Value;
        }

        private Stylesheet Stylesheet => document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;

        private CellFormat Format(Cell cell) =>
            Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

        public void Dispose() => document.Dispose();
    }
}
