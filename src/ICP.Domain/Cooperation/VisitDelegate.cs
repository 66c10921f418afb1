namespace ICP.Domain.Cooperation;

/// <summary>One person a participating city sends on a study visit: name, role, e-mail.</summary>
public sealed class VisitDelegate
{
    public const int NameLength = 200;

    public const int RoleLength = 200;

    public const int EmailLength = 256;

    private VisitDelegate()
    {
        Name = string.Empty;
        Role = string.Empty;
        Email = string.Empty;
        AddedBy = string.Empty;
    }

    internal VisitDelegate(string name, string role, string email, string by, bool byStaff, DateTimeOffset at)
    {
        Name = name;
        Role = role;
        Email = email;
        AddedBy = by;
        AddedByStaff = byStaff;
        AddedAt = at.ToUniversalTime();
    }

    public int Id { get; private set; }

    public int DelegationId { get; private set; }

    public string Name { get; private set; }

    public string Role { get; private set; }

    public string Email { get; private set; }

    public string AddedBy { get; private set; }

    /// <summary>True when staff added the delegate (after the cut-off, changes go through them).</summary>
    public bool AddedByStaff { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}
