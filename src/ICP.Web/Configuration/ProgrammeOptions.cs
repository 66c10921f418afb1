using System.ComponentModel.DataAnnotations;

namespace ICP.Web.Configuration;

/// <summary>Settings under <c>Programme</c>: which call the portal serves, and how it is first seeded.</summary>
public sealed class ProgrammeOptions
{
    /// <summary><c>Programme:CallCode</c>: the code of the call the portal serves (the seeded ICP-AGIR 2021 call by default).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Programme:CallCode must name the call the portal serves (e.g. ICP-AGIR-2021).")]
    [StringLength(32, ErrorMessage = "Programme:CallCode is at most 32 characters (a call's code).")]
    public string CallCode { get; set; } = ICP.Infrastructure.Seeding.IcpAgir2021.CallCode;

    /// <summary><c>Programme:MemberStateCap</c>: seats of the EU group one Member State may take, used when the call is first seeded.</summary>
    [Range(1, 14, ErrorMessage = "Programme:MemberStateCap must be between 1 and 14 (the EU group's seats).")]
    public int MemberStateCap { get; set; } = ICP.Infrastructure.Seeding.IcpAgir2021.DefaultMemberStateCap;
}
