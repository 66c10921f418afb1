using System.Text;

namespace ICP.Testing;

/// <summary>Files for upload tests.</summary>
public static class TestDocuments
{
    /// <summary>A small but well-formed one-page PDF.</summary>
    public static byte[] Pdf(string text = "Letter of political commitment")
    {
        var content = $"BT /F1 12 Tf 72 720 Td ({text}) Tj ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A PNG's first bytes under a .pdf name: refused, because the content is checked.</summary>
    public static byte[] PngNamedAsPdf() =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Repeat((byte)0x42, 200)];

    /// <summary>A PDF just over the 5 MB limit.</summary>
    public static byte[] OversizedPdf() => PdfOfSize((5 * 1024 * 1024) + 1);

    /// <summary>A PDF-looking file of exactly <paramref name="size"/> bytes (a large scan, say).</summary>
    public static byte[] PdfOfSize(int size)
    {
        var head = Encoding.ASCII.GetBytes("%PDF-1.4\n%");
        var tail = Encoding.ASCII.GetBytes("\n%%EOF\n");
        var bytes = new byte[size];
        head.CopyTo(bytes, 0);
        bytes.AsSpan(head.Length, bytes.Length - head.Length - tail.Length).Fill((byte)'x');
        tail.CopyTo(bytes, bytes.Length - tail.Length);
        return bytes;
    }
}
