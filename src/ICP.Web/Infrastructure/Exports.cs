using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace ICP.Web.Infrastructure;

/// <summary>A table to export: header row and rows of cells (string, number, instant or null).</summary>
public sealed record ExportTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads accents) and Excel workbooks
/// (a minimal Office Open XML package written by hand: one sheet, inline strings, numbers as numbers).
/// </summary>
public static class Exports
{
    public static byte[] Csv(ExportTable table)
    {
        var builder = new StringBuilder();
        // RFC 4180: CRLF after every record, whatever the server's platform.
        builder.Append(string.Join(',', table.Headers.Select(Quote))).Append("\r\n");
        foreach (var row in table.Rows)
        {
            builder.Append(string.Join(',', row.Select(cell => Quote(Text(cell))))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    public static byte[] Xlsx(ExportTable table, string sheetName)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
                """);
            Write(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            Write(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """);
            Write(zip, "xl/workbook.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{SecurityElement.Escape(SheetName(sheetName))}" sheetId="1" r:id="rId1"/></sheets></workbook>
                """);

            var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            var rowNumber = 1;
            foreach (var row in new[] { table.Headers.Cast<object?>().ToList() }.Concat(table.Rows))
            {
                sheet.Append(CultureInfo.InvariantCulture, $"<row r=\"{rowNumber}\">");
                var column = 0;
                foreach (var cell in row)
                {
                    var reference = ColumnName(column++) + rowNumber.ToString(CultureInfo.InvariantCulture);
                    switch (cell)
                    {
                        case null:
                            break;
                        case int or long or decimal or double:
                            sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"><v>{Convert.ToString(cell, CultureInfo.InvariantCulture)}</v></c>");
                            break;
                        default:
                            sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(XmlSafe(Text(cell)))}</t></is></c>");
                            break;
                    }
                }

                sheet.Append("</row>");
                rowNumber++;
            }

            sheet.Append("</sheetData></worksheet>");
            Write(zip, "xl/worksheets/sheet1.xml", sheet.ToString());
        }

        return memory.ToArray();
    }

    private static string Text(object? cell) => cell switch
    {
        null => string.Empty,
        DateTimeOffset instant => DisplayFormats.Iso(instant),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    /// <summary>Quotes a CSV field, and defuses values a spreadsheet would run as formulas.</summary>
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

    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    private static void Write(ZipArchive zip, string path, string content)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        using var stream = entry.Open();
        var bytes = Encoding.UTF8.GetBytes(content.Trim());
        stream.Write(bytes);
    }
}
