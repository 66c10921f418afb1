using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace ICP.IntegrationTests.Performance;

/// <summary>
/// The published call's reference data is read from the database once and then kept in memory
/// until staff change it (ADR 11): with the page cache off, a public page's second rendering makes
/// one query less; a change committed through the unit of work (a phase renamed, the deadline
/// extended, a theme renamed) shows at the next request. Query counts are counted, never timed.
/// </summary>
public sealed class CallCacheTests
{
    [Fact]
    public async Task PublicPage_RenderedTwice_ReadsTheCallOnce()
    {
        await using var portal = Uncached();
        var client = portal.CreateClient();

        await HtmlPage.GetAsync(client, "/timeline");
        var first = portal.Queries.For("/timeline");
        portal.Queries.Clear();
        await HtmlPage.GetAsync(client, "/timeline");
        var second = portal.Queries.For("/timeline");

        Assert.Contains(first, ReadsTheCall);
        Assert.DoesNotContain(second, ReadsTheCall);
        Assert.Equal(first.Count - 1, second.Count);
    }

    [Fact]
    public async Task PhaseRenamed_ShowsAtTheNextRequest()
    {
        await using var portal = Uncached();
        var client = portal.CreateClient();
        Assert.DoesNotContain("Kick-off in Brussels", (await HtmlPage.GetAsync(client, "/timeline")).Html, StringComparison.Ordinal);

        await portal.WithDbAsync(async db =>
        {
            var phase = await db.TimelinePhases.OrderBy(p => p.Order).FirstAsync();
            db.Entry(phase).Property(p => p.Title).CurrentValue = "Kick-off in Brussels";
            await db.SaveChangesAsync();
        });

        Assert.Contains("Kick-off in Brussels", (await HtmlPage.GetAsync(client, "/timeline")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemeRenamedInATransaction_ShowsOnlyAfterTheCommit()
    {
        await using var portal = Uncached();
        var client = portal.CreateClient();
        await HtmlPage.GetAsync(client, "/themes");

        await portal.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var theme = await db.Themes.OrderBy(t => t.Order).FirstAsync();
            db.Entry(theme).Property(t => t.Name).CurrentValue = "Circular economy and zero waste";
            await db.SaveChangesAsync();

            // Saved, not committed: another request (another connection) still reads the old name.
            Assert.DoesNotContain("Circular economy and zero waste", (await HtmlPage.GetAsync(client, "/themes")).Html, StringComparison.Ordinal);
            await transaction.CommitAsync();
        });

        Assert.Contains("Circular economy and zero waste", (await HtmlPage.GetAsync(client, "/themes")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CacheTurnedOff_ReadsTheCallForEveryPage()
    {
        await using var portal = Uncached();
        portal.WithSetting("OutputCache:CallMaxAge", "00:00:00");
        var client = portal.CreateClient();

        await HtmlPage.GetAsync(client, "/timeline");
        portal.Queries.Clear();
        await HtmlPage.GetAsync(client, "/timeline");

        Assert.Contains(portal.Queries.For("/timeline"), ReadsTheCall);
    }

    private static CountingPortalFactory Uncached()
    {
        var portal = new CountingPortalFactory();
        portal.WithSetting("OutputCache:Enabled", "false");
        return portal;
    }

    /// <summary>The call's reference-data query: the call with its themes and phases in one statement.</summary>
    private static bool ReadsTheCall(string sql) =>
        sql.Contains("\"Calls\"", StringComparison.Ordinal) && sql.Contains("\"TimelinePhases\"", StringComparison.Ordinal)
        && sql.Contains("\"Themes\"", StringComparison.Ordinal);
}
