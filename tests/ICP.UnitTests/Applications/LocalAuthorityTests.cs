using ICP.Domain.Authorities;
using Xunit;

namespace ICP.UnitTests.Applications;

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
