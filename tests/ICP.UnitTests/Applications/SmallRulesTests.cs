using ICP.Domain.Authorities;
using ICP.Domain.Messaging;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Applications;
using ICP.Testing;
using Xunit;

namespace ICP.UnitTests.Applications;

public sealed class TotpTests
{
    // RFC 6238, appendix B: SHA-1 with the ASCII key "12345678901234567890"; the RFC shows 8 digits, 6 are the last six.
    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void Code_MatchesTheRfcTestVectors(long unixSeconds, string expected)
    {
        var key = "12345678901234567890"u8.ToArray();

        Assert.Equal(expected, Totp.Code(key, Totp.TimeStep(DateTimeOffset.FromUnixTimeSeconds(unixSeconds))));
    }

    [Fact]
    public void MatchingStep_AllowsOneStepOfDriftEitherWay_ButNotTwo()
    {
        var key = "12345678901234567890"u8.ToArray();
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var step = Totp.TimeStep(now);

        Assert.Equal(step - 1, Totp.MatchingStep(key, Totp.Code(key, step - 1), now));
        Assert.Equal(step + 1, Totp.MatchingStep(key, Totp.Code(key, step + 1), now));
        Assert.Null(Totp.MatchingStep(key, Totp.Code(key, step - 2), now));
    }

    [Fact]
    public void FromBase32_ReadsTheKeyAsAppsShowIt()
    {
        Assert.Equal("12345678901234567890"u8.ToArray(), Totp.FromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
    }
}

public sealed class ReceiptCodeTests
{
    [Fact]
    public void New_IsTwelveCrockfordCharactersInThreeGroups()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => ReceiptCodes.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("7k2m q9xd 4htb", "7K2M-Q9XD-4HTB")]
    [InlineData("7K2M-Q9XD-4HTB", "7K2M-Q9XD-4HTB")]
    [InlineData("OIL0-1111-2222", "0110-1111-2222")]
    [InlineData("7K2M-Q9XD-4HT", null)]
    [InlineData("7K2M-Q9XD-4HTU", null)]
    [InlineData("", null)]
    public void Normalize_ReadsCodesAsPeopleTypeThem(string typed, string? expected)
    {
        Assert.Equal(expected, ReceiptCodes.Normalize(typed));
    }
}

public sealed class LocalAuthorityTests
{
    [Theory]
    [InlineData("Ville de Liège", "ville de liege")]
    [InlineData("  VILLE-DE-LIEGE ", "ville de liege")]
    [InlineData("Município de Braga", "municipio de braga")]
    [InlineData("eThekwini  Municipality", "ethekwini municipality")]
    public void Normalize_IgnoresCaseAccentsPunctuationAndSpacing(string name, string expected)
    {
        Assert.Equal(expected, LocalAuthority.Normalize(name));
    }

    [Fact]
    public void Normalize_KeepsHangulSyllablesWhole()
    {
        // Decomposed, each syllable is two or three letters: 5 syllables became 13 characters.
        Assert.Equal("서울특별시", LocalAuthority.Normalize("서울특별시"));
        Assert.Equal("부산광역시 해운대구", LocalAuthority.Normalize("부산광역시  해운대구"));
    }

    [Fact]
    public void OutboxSubject_IsCutToItsColumn()
    {
        var subject = new string('x', 400);
        var message = new ICP.Domain.Messaging.OutboxMessage("a@b.example", subject, "text", "<p>html</p>", "test", DateTimeOffset.UnixEpoch);
        Assert.Equal(ICP.Domain.Messaging.OutboxMessage.SubjectLength, message.Subject.Length);
        Assert.EndsWith("x…", message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void DesignateSubmitter_MustBeAMemberOfTheTeam()
    {
        var authority = new LocalAuthority("Comune di Prato", "IT", "founder", DateTimeOffset.UnixEpoch);

        Assert.Throws<ICP.Domain.Common.InvalidProgrammeDataException>(() => authority.DesignateSubmitter("stranger", "founder"));
        Assert.Equal("founder", authority.DesignatedSubmitterId);
    }

    [Fact]
    public void DesignateSubmitter_OnlyTheCurrentSubmitterHandsItOver_StaffMayReassign()
    {
        var now = new DateTimeOffset(2021, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var authority = new LocalAuthority("Comune di Prato", "IT", "founder", now);
        authority.Join(authority.Invite("colleague@prato.example", "hash", "founder", now, TimeSpan.FromDays(14)), "colleague", now);

        Assert.Throws<ICP.Domain.Common.NotDesignatedSubmitterException>(() => authority.DesignateSubmitter("colleague", "colleague"));
        Assert.Equal("founder", authority.DesignatedSubmitterId);

        authority.DesignateSubmitter("colleague", "founder");
        Assert.Equal("colleague", authority.DesignatedSubmitterId);
        authority.ReassignSubmitter("founder");
        Assert.Equal("founder", authority.DesignatedSubmitterId);
        Assert.Throws<ICP.Domain.Common.InvalidProgrammeDataException>(() => authority.ReassignSubmitter("stranger"));
    }

    [Fact]
    public void Invite_IsCappedAtTenPending_AndTwentyADay()
    {
        var now = new DateTimeOffset(2021, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var authority = new LocalAuthority("Comune di Prato", "IT", "founder", now);
        for (var i = 0; i < LocalAuthority.MaxPendingInvitations; i++)
        {
            authority.Invite($"p{i}@prato.example", $"hash{i}", "founder", now, TimeSpan.FromDays(14));
        }

        Assert.Throws<ICP.Domain.Common.TooManyInvitationsException>(() => authority.Invite("more@prato.example", "h", "founder", now, TimeSpan.FromDays(14)));

        // Withdrawn invitations free their place, but not the day's count.
        foreach (var pending in authority.Invitations.ToList())
        {
            pending.Revoke(now);
        }

        for (var i = 0; i < LocalAuthority.MaxInvitationsPerDay - LocalAuthority.MaxPendingInvitations; i++)
        {
            authority.Invite($"q{i}@prato.example", $"hq{i}", "founder", now.AddHours(1), TimeSpan.FromDays(14));
            authority.Invitations.Last().Revoke(now.AddHours(1));
        }

        Assert.Throws<ICP.Domain.Common.TooManyInvitationsException>(() => authority.Invite("late@prato.example", "h", "founder", now.AddHours(2), TimeSpan.FromDays(14)));
        authority.Invite("tomorrow@prato.example", "h", "founder", now.AddDays(1).AddHours(1), TimeSpan.FromDays(14));
    }

    [Fact]
    public void Join_WithAnExpiredInvitation_IsRefused()
    {
        var now = new DateTimeOffset(2021, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var authority = new LocalAuthority("Comune di Prato", "IT", "founder", now);
        var invitation = authority.Invite("colleague@prato.example", "hash", "founder", now, TimeSpan.FromDays(14));

        Assert.Throws<ICP.Domain.Common.InvitationNotValidException>(() => authority.Join(invitation, "colleague", now.AddDays(14)));
        authority.Join(invitation, "colleague", now.AddDays(13));
        Assert.True(authority.HasMember("colleague"));
    }
}

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

public sealed class OutboxMessageTests
{
    [Fact]
    public void MarkFailed_BacksOffExponentially_ThenGivesUp()
    {
        var now = new DateTimeOffset(2021, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var message = new OutboxMessage("a@b.example", "Subject", "text", "<p>html</p>", "test", now);

        message.MarkFailed("connection refused", now);
        Assert.Equal(now.AddMinutes(1), message.NextAttemptAt);
        message.MarkFailed("connection refused", now);
        Assert.Equal(now.AddMinutes(2), message.NextAttemptAt);
        for (var i = 2; i < OutboxMessage.MaxAttempts; i++)
        {
            message.MarkFailed("connection refused", now);
        }

        Assert.Equal(DeliveryState.Failed, message.State);
        Assert.False(message.IsDue(now.AddYears(1)));
        message.Retry(now);
        Assert.True(message.IsDue(now));
    }
}
