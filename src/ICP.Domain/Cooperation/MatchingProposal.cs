namespace ICP.Domain.Cooperation;

/// <summary>
/// The portal's proposed matching, with its explanation: the pairs (each with its shared themes),
/// the alternatives with shared themes that were passed over and why, and the cities left without
/// a partner (only when the limit makes partners for all impossible).
/// </summary>
public sealed record MatchingProposal(
    int MaxPartners,
    IReadOnlyList<ProposedPair> Pairs,
    IReadOnlyList<PassedOver> PassedOver,
    IReadOnlyList<int> WithoutPartner)
{
    public int TotalScore => Pairs.Sum(p => p.Score);

    public int PartnersOf(int applicationId) => Pairs.Count(p => p.EuApplicationId == applicationId || p.PartnerApplicationId == applicationId);
}
