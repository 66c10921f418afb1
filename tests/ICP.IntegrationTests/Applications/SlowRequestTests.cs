using System.Net;
using ICP.Domain.Applications;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Applications;

/// <summary>
/// A request is judged when it has fully arrived, over a real socket: a body opened before the
/// deadline and trickled in past it (as Kestrel's minimum data rate allows) is late, and a body
/// that takes longer than the stated bound is not acted on at all.
/// </summary>
public sealed class SlowRequestTests
{
    private static readonly DateTimeOffset Deadline = new(2021, 11, 15, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SubmitAndSave_WhoseBodiesTrickleInAcrossTheDeadline_AreRefusedAsLate()
    {
        await using var portal = new PortalFactory().WithKestrel();
        portal.Clock.SetUtcNow(Deadline.AddMinutes(-10));
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "slow@city.example", "Slow City", "IT");
        var review = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/review");
        var step = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/steps/case");
        var sectionBefore = await CaseSectionAsync(portal, id);

        portal.Clock.SetUtcNow(Deadline.AddSeconds(-6));
        var submit = await TrickleAsync(journey.Client, review, "#submit-form",
            [Field("ConfirmAccurate", "true"), Field("ConfirmAuthorised", "true"), Field("ConfirmPublication", "true")], portal, Deadline.AddMinutes(5));
        portal.Clock.SetUtcNow(Deadline.AddSeconds(-6));
        var save = await TrickleAsync(journey.Client, step, "#step-form",
            [Field("MainChallenge", "Written after the deadline: " + new string('x', 120))], portal, Deadline.AddMinutes(5));

        foreach (var refused in new[] { submit, save })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("Your request reached the portal at 16 November 2021, 00:05:00 (Brussels time).", refused.MainText, StringComparison.Ordinal);
        }

        Assert.Equal(0, await portal.WithDbAsync(db => db.ApplicationVersions.CountAsync(v => v.ApplicationId == id)));
        Assert.Equal(sectionBefore, await CaseSectionAsync(portal, id));
    }

    [Fact]
    public async Task Save_WhoseBodyTakesLongerThanTheBound_IsAnswered408_AndSavesNothing()
    {
        await using var portal = new PortalFactory().WithSetting("Requests:BodyTimeout", "00:00:01").WithKestrel();
        var (journey, id) = await ApplicantJourney.DraftAsync(portal, "stalling@city.example", "Stalling City", "PT");
        var step = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/steps/case");

        var stalled = await TrickleAsync(journey.Client, step, "#step-form", [Field("MainChallenge", "Never arrives in time")], pause: TimeSpan.FromSeconds(3));

        Assert.Equal(HttpStatusCode.RequestTimeout, stalled.StatusCode);
        Assert.Equal("The request took too long to arrive", stalled.Texts("h1").Single());
        Assert.Null(await CaseSectionAsync(portal, id));
    }

    private static Task<string?> CaseSectionAsync(PortalFactory portal, int id) =>
        portal.WithDbAsync(db => db.ApplicationSections.Where(s => s.ApplicationId == id && s.Step == ApplicationStep.Case).Select(s => s.DataJson).SingleOrDefaultAsync());

    /// <summary>
    /// Posts the form with a chunked body sent 150 bytes at a time; before its last piece the clock is
    /// moved to <paramref name="lastPieceAt"/> (the client "typed" the rest then), or the sender pauses.
    /// </summary>
    private static async Task<HtmlPage> TrickleAsync(
        HttpClient client, HtmlPage page, string formSelector, IEnumerable<KeyValuePair<string, string>> values,
        PortalFactory? portal = null, DateTimeOffset? lastPieceAt = null, TimeSpan? pause = null)
    {
        var form = page.Form(formSelector);
        var fields = CurrentValues(form);
        var overrides = values.ToList();
        fields.RemoveAll(f => overrides.Any(o => o.Key == f.Key));
        fields.AddRange(overrides);
        var body = await new FormUrlEncodedContent(fields).ReadAsByteArrayAsync();
        var content = new TricklingContent(body, async () =>
        {
            if (portal is not null && lastPieceAt is { } at)
            {
                portal.Clock.SetUtcNow(at);
            }

            if (pause is { } wait)
            {
                await Task.Delay(wait);
            }
        });
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        var response = await client.PostAsync(new Uri(page.Response.RequestMessage!.RequestUri!, form.GetAttribute("action")), content);
        return await HtmlPage.FromResponseAsync(response);
    }

    /// <summary>A body of unknown length (sent chunked), written in small pieces with a pause between them.</summary>
    private sealed class TricklingContent(byte[] body, Func<Task> beforeLastPiece) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            const int Piece = 150;
            for (var offset = 0; offset < body.Length; offset += Piece)
            {
                if (offset + Piece >= body.Length)
                {
                    await beforeLastPiece();
                }

                await stream.WriteAsync(body.AsMemory(offset, Math.Min(Piece, body.Length - offset)));
                await stream.FlushAsync();
                await Task.Delay(100);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
