using ICP.Domain.Applications;
using ICP.Domain.Common;
using ICP.UnitTests.Builders;
using Xunit;

namespace ICP.UnitTests.Applications;

/// <summary>The upload rule of issue 9, finding 5: a rate per application and a quota on what it keeps.</summary>
public sealed class UploadPolicyTests
{
    private static readonly Actor Officer = new("user-1", "Officer One");
    private static readonly DateTimeOffset During = new(2021, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly UploadPolicy ThreeInTenMinutes = new(3, TimeSpan.FromMinutes(10), 1_000);

    [Fact]
    public void AttachDocument_BeyondTheRate_IsRefused_WithTheWaitUntilTheOldestLeavesTheWindow()
    {
        var application = Start();
        var window = Programme.IcpAgir2021Call().WindowFor(7);
        application.AttachDocument("k1", "a.pdf", 10, "a", Officer, During, window, ThreeInTenMinutes);
        application.AttachDocument("k2", "b.pdf", 10, "b", Officer, During.AddMinutes(2), window, ThreeInTenMinutes);
        application.AttachDocument("k3", "c.pdf", 10, "c", Officer, During.AddMinutes(4), window, ThreeInTenMinutes);

        var refused = Assert.Throws<UploadRateExceededException>(() =>
            application.AttachDocument("k4", "d.pdf", 10, "d", Officer, During.AddMinutes(5), window, ThreeInTenMinutes));

        Assert.Equal(TimeSpan.FromMinutes(5), refused.RetryAfter);
        Assert.Equal("k3", application.CurrentDocument!.StorageKey);
        Assert.Equal(3, application.Documents.Count);

        application.AttachDocument("k4", "d.pdf", 10, "d", Officer, During.AddMinutes(10).AddTicks(1), window, ThreeInTenMinutes);
        Assert.Equal("k4", application.CurrentDocument!.StorageKey);
    }

    [Fact]
    public void AttachDocument_LargerThanTheQuota_IsRefused_AndChangesNothing()
    {
        var application = Start();
        var window = Programme.IcpAgir2021Call().WindowFor(7);
        var token = application.ConcurrencyToken;

        Assert.Throws<DocumentQuotaExceededException>(() =>
            application.AttachDocument("k1", "a.pdf", 1_001, "a", Officer, During, window, ThreeInTenMinutes));

        Assert.Empty(application.Documents);
        Assert.Equal(token, application.ConcurrencyToken);
    }

    [Fact]
    public void AttachDocument_RenewsTheApplicationsToken_AndReleasesTheLetterItReplaces()
    {
        var application = Start();
        var window = Programme.IcpAgir2021Call().WindowFor(7);
        application.AttachDocument("k1", "a.pdf", 10, "a", Officer, During, window, ThreeInTenMinutes);
        var token = application.ConcurrencyToken;

        application.AttachDocument("k2", "b.pdf", 10, "b", Officer, During.AddMinutes(1), window, ThreeInTenMinutes);

        Assert.NotEqual(token, application.ConcurrencyToken);
        Assert.Equal(["k1"], application.DocumentsToDelete().Select(d => d.StorageKey));
        Assert.Throws<InvalidOperationException>(() => application.CurrentDocument!.MarkFileDeleted(During));
    }

    private static Application Start() =>
        Application.Start(Programme.IcpAgir2021Call(), 7, "ZA", "ICP-2021-ZA-0001", Officer, During);
}
