using ICP.Domain.Activities;
using ICP.Domain.Applications;
using ICP.Domain.Common;
using ICP.Domain.Cooperation;
using Xunit;

namespace ICP.UnitTests.Activities;

/// <summary>An activity's output: a file or an https link, a title, a public flag staff change, a token renewed by every change.</summary>
public sealed class ActivityOutputTests
{
    private const string Manager = "manager-1";

    private static readonly DateTimeOffset Now = new(2022, 6, 20, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("https://video.example.eu/icp/air")]
    [InlineData("  https://video.example.eu/icp/air?t=12  ")]
    public void WithLink_AnHttpsAddress_IsKeptTrimmed(string link)
    {
        var output = ActivityOutput.WithLink(ActivityTests.OnlineSession(), ActivityOutputKind.Recording, "  Recording  ", link, isPublic: true, Manager, Now);

        Assert.Equal((link.Trim(), "Recording", false, true), (output.Link, output.Title, output.IsFile, output.IsPublic));
        Assert.Null(output.StorageKey);
    }

    [Theory]
    [InlineData("http://video.example.eu/icp/air")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("/activities/1")]
    [InlineData("//video.example.eu/x")]
    [InlineData("https://")]
    [InlineData("https://user:secret@video.example.eu/x")]
    [InlineData("")]
    [InlineData("   ")]
    public void WithLink_AnythingButAFullHttpsAddress_IsRefused(string link)
    {
        var refused = Assert.Throws<ActivityInvalidException>(() =>
            ActivityOutput.WithLink(ActivityTests.OnlineSession(), ActivityOutputKind.Recording, "Recording", link, isPublic: true, Manager, Now));

        Assert.Equal(ActivityProblem.OutputLinkInvalid, refused.Problem);
    }

    [Fact]
    public void WithLink_LongerThanTheColumn_IsRefused() =>
        Assert.False(ActivityOutput.IsHttpsLink("https://example.eu/" + new string('a', ActivityOutput.LinkLength)));

    [Theory]
    [InlineData("", ActivityProblem.TitleMissing)]
    [InlineData("  ", ActivityProblem.TitleMissing)]
    public void ATitle_IsRequired(string title, ActivityProblem problem) =>
        Assert.Equal(problem, Assert.Throws<ActivityInvalidException>(() =>
            ActivityOutput.WithLink(ActivityTests.OnlineSession(), ActivityOutputKind.Report, title, "https://example.eu/r", isPublic: false, Manager, Now)).Problem);

    [Fact]
    public void ATitle_LongerThanAllowed_IsRefused() =>
        Assert.Equal(ActivityProblem.TextTooLong, Assert.Throws<ActivityInvalidException>(() =>
            ActivityOutput.WithFile(ActivityTests.OnlineSession(), ActivityOutputKind.Report, new string('a', ActivityOutput.TitleLength + 1), "key", "r.pdf", 10, "ab", false, Manager, Now)).Problem);

    [Fact]
    public void WithFile_KeepsTheStoredFile()
    {
        var output = ActivityOutput.WithFile(ActivityTests.OnlineSession(), ActivityOutputKind.Slides, "Slides", "key-1", "slides.pdf", 2048, "abc", isPublic: false, Manager, Now);

        Assert.Equal(("key-1", "slides.pdf", 2048L, string.Empty, true, false), (output.StorageKey, output.FileName, output.SizeBytes, output.Link, output.IsFile, output.IsPublic));
    }

    [Fact]
    public void ChangeVisibility_RenewsTheToken_AndSettingTheSameValueChangesNothing()
    {
        var output = ActivityOutput.WithLink(ActivityTests.OnlineSession(), ActivityOutputKind.Recording, "Recording", "https://example.eu/v", isPublic: false, Manager, Now);
        var token = output.ConcurrencyToken;

        Assert.False(output.ChangeVisibility(false, "manager-2", Now.AddHours(1)));
        Assert.Equal((token, Manager), (output.ConcurrencyToken, output.ChangedBy));

        Assert.True(output.ChangeVisibility(true, "manager-2", Now.AddHours(1)));
        Assert.True(output.IsPublic);
        Assert.NotEqual(token, output.ConcurrencyToken);
        Assert.Equal(("manager-2", Now.AddHours(1)), (output.ChangedBy, output.ChangedAt));
    }

    [Fact]
    public void Files_FollowTheUploadRateAndQuotaOfTheLetters()
    {
        var policy = new UploadPolicy(2, TimeSpan.FromMinutes(10), 100);
        (DateTimeOffset, long)[] two = [(Now.AddMinutes(-5), 10), (Now.AddMinutes(-1), 10)];

        Assert.Throws<UploadRateExceededException>(() => CityOutput.EnsureUploadAllowed(two, 10, Now, policy));
        CityOutput.EnsureUploadAllowed(two, 10, Now.AddMinutes(6), policy);
        Assert.Throws<DocumentQuotaExceededException>(() => CityOutput.EnsureUploadAllowed([(Now.AddHours(-1), 95)], 10, Now, policy));
    }
}
