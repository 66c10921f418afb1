using ICP.Domain.Programme;
using ICP.Testing;
using ICP.Web.Features.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ICP.IntegrationTests.Calls;

/// <summary>
/// <see cref="CurrentCall"/> is the one way to the call: every shape answers the deadline in force,
/// a call loaded any other way without its extensions refuses to answer, and the public never sees
/// a call that is not published.
/// </summary>
public sealed class CurrentCallTests
{
    private static readonly DateTimeOffset Extended = new(2021, 11, 30, 23, 0, 0, TimeSpan.Zero);

    public static TheoryData<CallShape> Shapes =>
        [CallShape.Summary, CallShape.ThemesAndPhases, CallShape.QuotaGroups, CallShape.Criteria, CallShape.Objectives,
         CallShape.ThemesAndPhases | CallShape.QuotaGroups | CallShape.Criteria | CallShape.Objectives];

    [Fact]
    public async Task CallLoadedWithoutItsExtensions_AskedForItsDeadline_FailsLoudlyInsteadOfAnsweringTheOriginal()
    {
        await using var portal = new PortalFactory();
        await ExtendAsync(portal);

        await portal.WithDbAsync(async db =>
        {
            var bare = await db.Calls.AsNoTracking().SingleAsync();

            Assert.Equal("DeadlineExtensions", Assert.Throws<CallPartNotLoadedException>(() => bare.CurrentDeadline).Part);
            Assert.Throws<CallPartNotLoadedException>(() => bare.WindowFor(1));
            Assert.Throws<CallPartNotLoadedException>(() => bare.StateAt(Extended));
            Assert.Equal("QuotaGroups", Assert.Throws<CallPartNotLoadedException>(() => bare.QuotaGroupFor("CA")).Part);
            Assert.Equal("Criteria", Assert.Throws<CallPartNotLoadedException>(() => bare.CriteriaAreComplete).Part);
        });
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task EveryShape_AnswersTheExtendedDeadline(CallShape shape)
    {
        await using var portal = new PortalFactory();
        await ExtendAsync(portal);

        var (staff, forChange, forPublic) = await WithCurrentCallAsync(portal, async current => (
            await current.LoadAsync(shape, CallAudience.Staff, CancellationToken.None),
            await current.LoadForChangeAsync(shape, CancellationToken.None),
            await current.FindAsync(shape, CallAudience.Public, CancellationToken.None)));

        foreach (var call in new[] { staff, forChange, forPublic! })
        {
            Assert.Equal(Extended, call.CurrentDeadline);
            Assert.Equal(Extended, call.WindowFor(12345).Deadline);
            Assert.Empty(call.IndividualExtensions);
        }
    }

    [Fact]
    public async Task Shape_LoadsWhatItNames_AndOnlyThat()
    {
        await using var portal = new PortalFactory();

        var (summary, groups, criteria, themes) = await WithCurrentCallAsync(portal, async current => (
            await current.LoadAsync(CallShape.Summary, CallAudience.Staff, CancellationToken.None),
            await current.LoadAsync(CallShape.QuotaGroups, CallAudience.Staff, CancellationToken.None),
            await current.LoadAsync(CallShape.Criteria, CallAudience.Staff, CancellationToken.None),
            await current.LoadAsync(CallShape.ThemesAndPhases, CallAudience.Staff, CancellationToken.None)));

        Assert.Throws<CallPartNotLoadedException>(() => summary.QuotaGroupFor("CA"));
        Assert.Equal("CA", groups.QuotaGroupFor("CA")!.Code);
        Assert.Equal(28, groups.TotalSeats);
        Assert.Throws<CallPartNotLoadedException>(() => groups.Criteria);
        Assert.True(criteria.CriteriaAreComplete);
        Assert.Equal(4, themes.Themes.Count);
        Assert.Equal(7, themes.Phases.Count);
        Assert.Throws<CallPartNotLoadedException>(() => themes.Objectives);
    }

    [Fact]
    public async Task CallNotPublished_IsNotThereForThePublic_ButStillForStaff()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Calls.ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CallStatus.Draft)));

        var (forPublic, publicPage, forStaff, id) = await WithCurrentCallAsync(portal, async current => (
            await current.FindAsync(CallShape.Summary, CallAudience.Public, CancellationToken.None),
            await current.PublicAsync(CancellationToken.None),
            await current.FindAsync(CallShape.Summary, CallAudience.Staff, CancellationToken.None),
            await current.IdAsync(CancellationToken.None)));

        Assert.Null(forPublic);
        Assert.Null(publicPage);
        Assert.Equal(id, forStaff!.Id);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await portal.CreateClient().GetAsync(new Uri("/themes", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task PublicCall_DeadlineAndWhatItReplaced_AreTheDomainsAnswer()
    {
        await using var portal = new PortalFactory();
        var original = await ExtendAsync(portal);

        var (projected, loaded) = await WithCurrentCallAsync(portal, async current => (
            await current.PublicAsync(CancellationToken.None),
            await current.LoadAsync(CallShape.Summary, CallAudience.Public, CancellationToken.None)));

        Assert.Equal(loaded.CurrentDeadline, projected!.Deadline);
        Assert.Equal(loaded.Window, projected.Window);
        Assert.Equal(original, projected.ExtendedFrom);
        Assert.Equal(4, projected.Themes.Count);
    }

    /// <summary>Extends the call's deadline to <see cref="Extended"/>; returns the original.</summary>
    private static Task<DateTimeOffset> ExtendAsync(PortalFactory portal) =>
        portal.WithDbAsync(async db =>
        {
            var call = await db.Calls.Include(c => c.DeadlineExtensions).SingleAsync();
            call.ExtendDeadline(Extended, "Many cities asked for more time", "staff-user", PortalFactory.InsideApplicationWindow);
            await db.SaveChangesAsync();
            return call.Deadline;
        });

    private static async Task<T> WithCurrentCallAsync<T>(PortalFactory portal, Func<CurrentCall, Task<T>> read)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<CurrentCall>());
    }
}
