namespace AdobeTarget.LocalEdge.Tests;

public class AllocationTests
{
    [Fact]
    public void TenThousandVisitors_SpreadByTheWeights()
    {
        var hero = TestActivities.Load().Activities[0];

        var counts = Enumerable.Range(0, 10_000)
            .Select(i => LocalTargetEdge.ExperienceOf(hero, $"{Guid.NewGuid():N}").Id)
            .GroupBy(id => id)
            .ToDictionary(g => g.Key, g => g.Count());

        // 70/30 weights: 7,000 expected; the binomial standard deviation is about 46, so ±300 is over six of them.
        Assert.InRange(counts[10], 6_700, 7_300);
        Assert.InRange(counts[11], 2_700, 3_300);
    }

    [Fact]
    public void SameVisitor_AlwaysGetsTheSameExperience()
    {
        var hero = TestActivities.Load().Activities[0];
        var visitors = Enumerable.Range(0, 1_000).Select(i => $"visitor-{i}").ToList();

        var first = visitors.Select(v => LocalTargetEdge.ExperienceOf(hero, v).Id).ToList();
        var again = visitors.Select(v => LocalTargetEdge.ExperienceOf(hero, v).Id).ToList();

        Assert.Equal(first, again);
        Assert.Contains(10, first);
        Assert.Contains(11, first);
    }

    [Fact]
    public void SameVisitor_MayGetDifferentExperiencesInDifferentActivities()
    {
        var activities = TestActivities.Load().Activities;
        var twin = new LocalActivity { Id = 99, Mbox = "other", Experiences = activities[0].Experiences };

        var differing = Enumerable.Range(0, 1_000).Count(i =>
            LocalTargetEdge.ExperienceOf(activities[0], $"v{i}").Id != LocalTargetEdge.ExperienceOf(twin, $"v{i}").Id);

        Assert.InRange(differing, 300, 500); // independent draws: 2 × 0.7 × 0.3 = 42%
    }
}
