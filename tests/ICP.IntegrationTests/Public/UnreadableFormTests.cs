using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Public;

/// <summary>
/// A POST whose form the portal cannot read (too many fields, a value over the length limit, a body
/// over the size limit, broken multipart) is answered with the error page for 400 or 413, never a
/// 404 or 500, and nothing is acted on. Issue 9, finding 10: such a request was re-executed as
/// <c>POST /error/400</c>, which read the same unreadable form again and answered 404.
/// </summary>
public sealed class UnreadableFormTests
{
    [Fact]
    public async Task Post_WithMoreFieldsThanTheLimit_Answers400WithTheErrorPage()
    {
        await using var portal = new PortalFactory();
        var client = portal.CreateVisitorClient();
        var languages = await HtmlPage.GetAsync(client, "/language");
        var fields = CurrentValues(languages.Form("#languages li:nth-child(2) form"));
        fields.AddRange(Enumerable.Range(0, 1100).Select(i => Field($"f{i}", "x")));

        var response = await client.PostAsync(new Uri("/language", UriKind.Relative), new FormUrlEncodedContent(fields));
        var page = await HtmlPage.FromResponseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("The request could not be processed", page.Texts("h1").Single());
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith(".ICP.Culture", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Post_WithAValueOverTheLengthLimit_Answers400()
    {
        await using var portal = new PortalFactory();
        var client = portal.CreateVisitorClient();
        var languages = await HtmlPage.GetAsync(client, "/language");
        var fields = CurrentValues(languages.Form("#languages li:nth-child(2) form"));
        fields.Add(Field("returnUrl", "/" + new string('a', 5 * 1024 * 1024)));

        var response = await client.PostAsync(new Uri("/language", UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The request could not be processed", (await HtmlPage.FromResponseAsync(response)).Texts("h1").Single());
    }

    [Fact]
    public async Task Post_WithMalformedMultipart_Answers400WithTheErrorPage()
    {
        await using var portal = new PortalFactory();
        var client = portal.CreateVisitorClient();
        await HtmlPage.GetAsync(client, "/language");
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes("--frontier\r\nContent-Disposition: form-data; name=\"culture\"\r\n\r\nfr\r\n--fron"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=frontier");

        var response = await client.PostAsync(new Uri("/language", UriKind.Relative), content);
        var page = await HtmlPage.FromResponseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("The request could not be processed", page.Texts("h1").Single());
    }

    [Fact]
    public async Task Save_WithMoreFieldsThanTheLimit_Answers400AndSavesNothing()
    {
        await using var portal = new PortalFactory();
        var (journey, id) = await ApplicantJourney.DraftAsync(portal, "many.fields@city.example", "Fieldville", "PT");
        var step = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/steps/case");
        var fields = CurrentValues(step.Form("#step-form"));
        fields.RemoveAll(f => f.Key == "MainChallenge");
        fields.Add(Field("MainChallenge", "Should never be saved"));
        fields.AddRange(Enumerable.Range(0, 1100).Select(i => Field($"f{i}", "x")));

        var response = await journey.Client.PostAsync(new Uri(step.Form("#step-form").Action, UriKind.RelativeOrAbsolute), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.ApplicationSections.AnyAsync(s => s.ApplicationId == id && s.DataJson.Contains("Should never be saved"))));
    }

    [Fact]
    public async Task Upload_OverTheTransportLimit_Answers413WithTheErrorPage()
    {
        await using var portal = new PortalFactory().WithKestrel();
        var (journey, id) = await ApplicantJourney.DraftAsync(portal, "huge.upload@city.example", "Hugeville", "PT");
        var document = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/document");
        var token = document.Element("main form[enctype='multipart/form-data'] input[name='__RequestVerificationToken']").GetAttribute("value")!;
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[26 * 1024 * 1024]), "letter", "huge.pdf" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/applicant/applications/{id}/document") { Content = multipart };

        // With "Expect: 100-continue" the client waits for the portal's verdict before sending the
        // body, as browsers' large uploads effectively do once the server has answered.
        request.Headers.ExpectContinue = true;
        var response = await journey.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The request is too large", (await HtmlPage.FromResponseAsync(response)).Texts("h1").Single());
        Assert.Equal(0, await portal.WithDbAsync(db => db.ApplicationDocuments.CountAsync(d => d.ApplicationId == id)));
    }
}
