using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ICP.Web.Mvc;

/// <summary>
/// CSV written by CsvHelper (RFC 4180, UTF-8 with a byte-order mark so Excel reads accents, formula-looking
/// text defused) and Excel workbooks written by the Open XML SDK (typed cells, frozen header row, column widths).
/// </summary>
public static class Exports
{
    /// <summary>Instants are exported in UTC; the headers say so.</summary>
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    // Style indexes into the stylesheet written by Styles(): 0 plain, 1 header, 2 instant.
    private const uint HeaderStyle = 1;
    private const uint InstantStyle = 2;
    private const uint InstantNumberFormat = 164; // the first id free for custom formats

    private const double MinimumWidth = 8;
    private const double MaximumWidth = 60;

    private static readonly CsvWriterOptions CsvOptions = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,
        // OWASP's CSV injection advice: text starting with = + - @ tab or CR gets a leading apostrophe,
        // so a spreadsheet shows it instead of running it. Numbers and instants are written typed and stay as they are.
        Injection = CsvInjection.Escape,
    };

    public static byte[] Csv(ExportTable table)
    {
        using var memory = new MemoryStream();
        using (var writer = CsvWriter.Create(memory, CsvOptions, leaveOpen: true))
        {
            foreach (var header in table.Headers)
            {
                writer.WriteField(header);
            }

            writer.EndRecord();
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                {
                    WriteCsvField(writer, cell);
                }

                writer.EndRecord();
            }
        }

        return memory.ToArray();
    }

    public static byte[] Xlsx(ExportTable table, string sheetName)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();

            var widths = table.Headers.Select(h => Width(h)).ToArray();
            var sheetData = new SheetData(HeaderRow(table.Headers));
            uint rowIndex = 2;
            foreach (var cells in table.Rows)
            {
                var row = new Row { RowIndex = rowIndex };
                for (var column = 0; column < cells.Count; column++)
                {
                    if (XlsxCell(cells[column], Reference(column, rowIndex)) is not { } cell)
                    {
                        continue;
                    }

                    row.Append(cell);
                    if (column < widths.Length)
                    {
                        widths[column] = Math.Max(widths[column], Width(cells[column]));
                    }
                }

                sheetData.Append(row);
                rowIndex++;
            }

            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            // Schema order: sheetViews, cols, sheetData.
            worksheetPart.Worksheet = new Worksheet(FrozenHeader(), Columns(widths), sheetData);
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbookPart.GetIdOfPart(worksheetPart),
                SheetId = 1,
                Name = SheetName(sheetName),
            }));
        }

        return memory.ToArray();
    }

    private static void WriteCsvField(CsvWriter writer, object? cell)
    {
        switch (cell)
        {
            case null:
                writer.WriteField((string?)null);
                break;
            case DateTimeOffset instant:
                writer.WriteField(instant.ToUniversalTime(), InstantFormat);
                break;
            case int number:
                writer.WriteField(number);
                break;
            case long number:
                writer.WriteField(number);
                break;
            case decimal number:
                writer.WriteField(number);
                break;
            case double number:
                writer.WriteField(number);
                break;
            default:
                writer.WriteField(Convert.ToString(cell, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static Row HeaderRow(IReadOnlyList<string> headers)
    {
        var row = new Row { RowIndex = 1 };
        for (var column = 0; column < headers.Count; column++)
        {
            var cell = TextCell(headers[column], Reference(column, 1));
            cell.StyleIndex = HeaderStyle;
            row.Append(cell);
        }

        return row;
    }

    /// <summary>Numbers as numbers, instants as Excel dates (UTC), everything else as text; an empty cell is left out.</summary>
    private static Cell? XlsxCell(object? value, string reference) => value switch
    {
        null => null,
        int number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number) },
        long number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue((decimal)number) },
        decimal number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number) },
        double number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number) },
        DateTimeOffset instant => new Cell
        {
            CellReference = reference,
            // A serial date number with a date format: Excel sorts and filters it as a date. Whole seconds,
            // like the CSV, so the two exports of one list agree.
            CellValue = new CellValue(WholeSeconds(instant.UtcDateTime).ToOADate()),
            StyleIndex = InstantStyle,
        },
        _ => TextCell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, reference),
    };

    private static DateTime WholeSeconds(DateTime instant) => instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerSecond));

    /// <summary>An inline string: never a formula, whatever it starts with.</summary>
    private static Cell TextCell(string text, string reference) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft })
    { WorkbookViewId = 0, TabSelected = true });

    private static Columns Columns(double[] widths)
    {
        var columns = new Columns();
        for (var i = 0; i < widths.Length; i++)
        {
            var index = (uint)(i + 1);
            columns.Append(new Column { Min = index, Max = index, Width = widths[i], CustomWidth = true });
        }

        return columns;
    }

    /// <summary>Width in characters: the longest value of the column plus a margin, within bounds so a long comment does not make a sheet unreadable.</summary>
    private static double Width(object? value)
    {
        var length = value switch
        {
            null => 0,
            DateTimeOffset => InstantFormat.Length,
            _ => (Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty).Length,
        };
        return Math.Clamp(length + 2, MinimumWidth, MaximumWidth);
    }

    /// <summary>The smallest stylesheet Excel accepts, with a bold header and a date-time format for instants.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = InstantNumberFormat, FormatCode = "yyyy-mm-dd hh:mm:ss" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(Format(0, 0)) { Count = 1 },
        new CellFormats(
            Format(0, 0),
            Format(0, 1, applyFont: true),
            Format(InstantNumberFormat, 0, applyNumberFormat: true))
        { Count = 3 });

    private static CellFormat Format(uint numberFormat, uint font, bool applyFont = false, bool applyNumberFormat = false) =>
        new() { NumberFormatId = numberFormat, FontId = font, FillId = 0, BorderId = 0, ApplyFont = applyFont, ApplyNumberFormat = applyNumberFormat };

    /// <summary>Characters XML 1.0 cannot carry (e.g. a vertical tab pasted from a word processor) are dropped, so the sheet stays readable.</summary>
    private static string XmlSafe(string value)
    {
        static bool Allowed(char c) => c is '\t' or '\n' or '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF');
        return value.All(Allowed) ? value : string.Concat(value.Where(Allowed));
    }

    /// <summary>Excel's rules for a sheet name: at most 31 characters, none of []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var cleaned = string.Concat(name.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0)).Trim();
        return cleaned.Length == 0 ? "Sheet1" : cleaned[..Math.Min(31, cleaned.Length)];
    }

    private static string Reference(int column, uint row)
    {
        var name = string.Empty;
        for (var index = column + 1; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name + row.ToString(CultureInfo.InvariantCulture);
    }
}
