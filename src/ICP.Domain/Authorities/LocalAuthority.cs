using System.Globalization;
using System.Text;
using ICP.Domain.Common;

namespace ICP.Domain.Authorities;

/// <summary>
/// A city or other local government taking part, and its team of officers. One of them is the
/// designated submitter: the only one who may submit or withdraw its application.
/// </summary>
public sealed class LocalAuthority
{
    private readonly List<AuthorityMember> _members = [];
    private readonly List<AuthorityInvitation> _invitations = [];

    private LocalAuthority()
    {
        OfficialName = string.Empty;
        NormalizedName = string.Empty;
        CountryCode = string.Empty;
        DesignatedSubmitterId = string.Empty;
    }

    public LocalAuthority(string officialName, string countryCode, string founderUserId, DateTimeOffset now)
    {
        OfficialName = string.Empty;
        NormalizedName = string.Empty;
        Rename(officialName);
        CountryCode = countryCode;
        CreatedAt = now.ToUniversalTime();
        DesignatedSubmitterId = founderUserId;
        _members.Add(new AuthorityMember(founderUserId, now));
        ConcurrencyToken = Guid.NewGuid();
    }

    public int Id { get; private set; }

    public string OfficialName { get; private set; }

    /// <summary>The name as compared for duplicates: case, accents, punctuation and spacing ignored.</summary>
    public string NormalizedName { get; private set; }

    /// <summary>ISO code of the country or territory; fixed once registered (it decides the quota group).</summary>
    public string CountryCode { get; private set; }

    public string DesignatedSubmitterId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid ConcurrencyToken { get; private set; }

    public IReadOnlyCollection<AuthorityMember> Members => _members;

    public IReadOnlyCollection<AuthorityInvitation> Invitations => _invitations;

    public bool HasMember(string userId) => _members.Any(m => m.UserId == userId);

    public void Rename(string officialName)
    {
        if (string.IsNullOrWhiteSpace(officialName))
        {
            throw new InvalidProgrammeDataException("A local authority needs an official name.");
        }

        OfficialName = officialName.Trim();
        NormalizedName = Normalize(officialName);
        ConcurrencyToken = Guid.NewGuid();
    }

    /// <summary>
    /// Compares the name again under the current rule (it changed: lookalikes), when it gives
    /// another result. Returns whether <see cref="NormalizedName"/> changed.
    /// </summary>
    public bool RefreshNormalizedName()
    {
        var current = Normalize(OfficialName);
        if (current == NormalizedName)
        {
            return false;
        }

        NormalizedName = current;
        ConcurrencyToken = Guid.NewGuid();
        return true;
    }

    /// <summary>Invitations not yet accepted, at most, at any time.</summary>
    public const int MaxPendingInvitations = 10;

    /// <summary>Invitations sent, at most, in any 24 hours.</summary>
    public const int MaxInvitationsPerDay = 20;

    public AuthorityInvitation Invite(string email, string tokenHash, string invitedBy, DateTimeOffset now, TimeSpan validFor)
    {
        RequireMember(invitedBy);
        foreach (var pending in _invitations.Where(i => i.IsPending(now) && string.Equals(i.Email, email, StringComparison.OrdinalIgnoreCase)))
        {
            pending.Revoke(now);
        }

        // The portal sends these e-mails in the programme's name: a team cannot make it a mass mailer.
        if (_invitations.Count(i => i.IsPending(now)) >= MaxPendingInvitations
            || _invitations.Count(i => i.CreatedAt > now - TimeSpan.FromDays(1)) >= MaxInvitationsPerDay)
        {
            throw new TooManyInvitationsException(MaxPendingInvitations, MaxInvitationsPerDay);
        }

        var invitation = new AuthorityInvitation(email, tokenHash, invitedBy, now, now + validFor);
        _invitations.Add(invitation);
        return invitation;
    }

    public void Join(AuthorityInvitation invitation, string userId, DateTimeOffset now)
    {
        if (!_invitations.Contains(invitation) || !invitation.IsPending(now))
        {
            throw new InvitationNotValidException();
        }

        if (HasMember(userId))
        {
            throw new AlreadyInTeamException();
        }

        invitation.Accept(userId, now);
        _members.Add(new AuthorityMember(userId, now));
        ConcurrencyToken = Guid.NewGuid();
    }

    /// <summary>The designated submitter hands the role to another member of the team; nobody else can take it.</summary>
    public void DesignateSubmitter(string userId, string by)
    {
        RequireMember(by);
        RequireMember(userId);
        if (DesignatedSubmitterId != by)
        {
            throw new NotDesignatedSubmitterException();
        }

        DesignatedSubmitterId = userId;
        ConcurrencyToken = Guid.NewGuid();
    }

    /// <summary>
    /// Programme staff give the role to another member when the designated submitter cannot hand it
    /// over (they left the authority, lost their account): the team asks, staff record why.
    /// </summary>
    public void ReassignSubmitter(string userId)
    {
        RequireMember(userId);
        DesignatedSubmitterId = userId;
        ConcurrencyToken = Guid.NewGuid();
    }

    private void RequireMember(string userId)
    {
        if (!HasMember(userId))
        {
            throw new InvalidProgrammeDataException("Only a member of the team may do this.");
        }
    }

    /// <summary>
    /// "Ville de Liège", "VILLE DE LIEGE" and "Ville-de-Liège " compare equal, and so do names that
    /// only look alike: with an invisible character, or a Cyrillic or Greek letter that imitates a
    /// Latin one (<see cref="NameSkeleton"/>).
    /// </summary>
    public static string Normalize(string name)
    {
        var decomposed = NameSkeleton.Of(name);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        // Recomposed: FormD splits each Hangul syllable into two or three jamo, which are letters,
        // not accents; left apart they would triple a Korean name's length in the column.
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
