using ICP.Testing;
using ICP.Web.Features.Applications;
using Xunit;

namespace ICP.UnitTests.Applications;

public sealed class PdfCheckTests
{
    [Fact]
    public async Task LooksLikePdf_ChecksTheBytesNotTheName()
    {
        Assert.True(await PdfCheck.LooksLikePdfAsync(new MemoryStream(TestDocuments.Pdf()), CancellationToken.None));
        Assert.False(await PdfCheck.LooksLikePdfAsync(new MemoryStream(TestDocuments.PngNamedAsPdf()), CancellationToken.None));
        Assert.False(await PdfCheck.LooksLikePdfAsync(new MemoryStream("%PDF-1.4 truncated without an end"u8.ToArray()), CancellationToken.None));
    }
}
