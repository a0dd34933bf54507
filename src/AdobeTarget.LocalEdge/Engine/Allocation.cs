using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace AdobeTarget.LocalEdge.Internal;

/// <summary>
/// Sticky allocation: a visitor's experience in an activity follows from a hash of the visitor id and the activity
/// id, so the same visitor always gets the same experience, and visitors spread by the experiences' weights.
/// </summary>
internal static class Allocation
{
    public static LocalExperience Choose(LocalActivity activity, string visitorKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{visitorKey}:{activity.Id}")));
        var point = BinaryPrimitives.ReadUInt64LittleEndian(hash) / (ulong.MaxValue + 1.0) * activity.Experiences.Sum(e => e.Weight);
        foreach (var experience in activity.Experiences)
        {
            if (point < experience.Weight)
            {
                return experience;
            }

            point -= experience.Weight;
        }

        return activity.Experiences[^1];
    }
}
