using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ICP.Testing;

/// <summary>An export as a spreadsheet user sees it: read back with CsvHelper or the Open XML SDK, never by string matching.</summary>
public static class ExportedFile
{
    /// <summary>Every record of a CSV, the header first.</summary>
    public static List<List<string>> Csv(byte[] csv)
    {
        using var reader = CsvReader.Create(csv, CsvReaderOptions.Default with { Separator = ',' });
        var records = new List<List<string>> { reader.Headers.ToList() };
        while (reader.Read())
        {
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return records;
    }

    /// <summary>The cells of the workbook's one sheet by row, each typed as Excel reads it (text, number, or instant for a date-formatted number).</summary>
    public static List<List<object?>> Xlsx(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);
        var workbook = document.WorkbookPart!;
        var formats = workbook.WorkbookStylesPart?.Stylesheet.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        var dateFormats = workbook.WorkbookStylesPart?.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.FormatCode?.Value?.Contains("yy", StringComparison.Ordinal) == true).Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        var rows = new List<List<object?>>();
        foreach (var row in workbook.WorksheetParts.Single().Worksheet.Descendants<Row>())
        {
            var values = new List<object?>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference!.Value!);
                while (values.Count < column)
                {
                    values.Add(null);
                }

                values.Add(Value(cell, formats, dateFormats));
            }

            rows.Add(values);
        }

        return rows;
    }

    private static object? Value(Cell cell, List<CellFormat> formats, HashSet<uint> dateFormats)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString!.InnerText;
        }

        if (cell.DataType is not null && cell.DataType.Value != CellValues.Number)
        {
            throw new InvalidOperationException($"Unexpected cell type {cell.DataType.Value} in {cell.CellReference}.");
        }

        var number = decimal.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
        var format = cell.StyleIndex is { } style ? formats[(int)style.Value].NumberFormatId?.Value : null;
        return format is { } id && dateFormats.Contains(id)
            ? new DateTimeOffset(DateTime.FromOADate((double)number), TimeSpan.Zero)
            : number;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
