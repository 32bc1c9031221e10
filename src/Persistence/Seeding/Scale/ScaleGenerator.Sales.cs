using static Graph.Persistence.Seeding.Scale.ScaleVocabulary;

namespace Graph.Persistence.Seeding.Scale;

internal sealed partial class ScaleGenerator
{
    private static readonly string[] CallChannels = ["ZOOM", "PHONE", "IN_PERSON", "OTHER"];

    private static readonly string?[] CallOutcomes = ["CLOSED_WON", "CLOSED_LOST", "NO_SHOW", "FOLLOW_UP", "RESCHEDULED", null];

    private static readonly string[] AdPlatforms = ["FACEBOOK", "INSTAGRAM", "GOOGLE", "YOUTUBE", "TIKTOK", "OTHER"];

    /// <summary>Most leads get a call; a converted one its closing call, some students an upsell call.</summary>
    [ScaleTables(500, "sales_calls")]
    private void WriteSalesCalls(Npgsql.NpgsqlConnection connection)
    {
        using var calls = Copy(connection, "sales_calls",
            "id, lead_id, student_id, host_id, setter_id, channel, scheduled_at, duration_minutes, outcome, notes, created_at, updated_at");
        void Row(Guid lead, Guid student, DateTimeOffset created, string? outcome)
        {
            var scheduled = Min(created + TimeSpan.FromDays(1 + _random.Next(6)), _now + TimeSpan.FromDays(7));
            calls.StartRow();
            calls.Uuid(IdAt(created));
            calls.Uuid(lead);
            calls.Uuid(student);
            calls.Uuid(_closerIds[_random.Next(_closerIds.Count)]);
            calls.Uuid(Chance(0.7) ? _setterIds[_random.Next(_setterIds.Count)] : Guid.Empty);
            calls.Text(Pick(CallChannels));
            calls.Timestamp(scheduled);
            if (outcome is null or "NO_SHOW")
                calls.Integer(null);
            else
                calls.Integer(15 + _random.Next(60));
            calls.Text(outcome);
            calls.Text(outcome == "FOLLOW_UP" ? "Call back next week." : null);
            calls.Timestamp(created);
            calls.Timestamp(created);
        }

        for (var i = 0; i < _leadIds.Length; i++)
        {
            if (_leadStudent[i] >= 0)
                Row(_leadIds[i], Guid.Empty, _leadCreated[i], "CLOSED_WON");
            else if (Chance(0.6))
                Row(_leadIds[i], Guid.Empty, _leadCreated[i], CallOutcomes[1 + _random.Next(CallOutcomes.Length - 1)]);
        }

        for (var j = 0; j < _studentIds.Length; j++)
        {
            if (Chance(0.1))
                Row(Guid.Empty, _studentIds[j], Between(_studentCreated[j], _now), Pick(CallOutcomes));
        }

        Done("sales_calls", calls);
    }

    /// <summary>A KPI row per team member and working day of the last year.</summary>
    [ScaleTables(510, "daily_metrics")]
    private void WriteDailyMetrics(Npgsql.NpgsqlConnection connection)
    {
        using var metrics = Copy(connection, "daily_metrics",
            "id, team_member_id, date, calls, conversations, booked, offers, closes, cash, created_at, updated_at");
        foreach (var member in _closerIds.Concat(_setterIds))
        {
            for (var day = 365; day >= 1; day--)
            {
                var date = _today.AddDays(-day);
                if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                    continue;
                var created = _now - TimeSpan.FromDays(day - 1);
                var calls = 5 + _random.Next(30);
                var conversations = calls * (30 + _random.Next(40)) / 100;
                var booked = conversations * _random.Next(50) / 100;
                var offers = booked * _random.Next(80) / 100;
                var closes = offers * _random.Next(60) / 100;
                metrics.StartRow();
                metrics.Uuid(IdAt(created));
                metrics.Uuid(member);
                metrics.Date(date);
                metrics.Integer(calls);
                metrics.Integer(conversations);
                metrics.Integer(booked);
                metrics.Integer(offers);
                metrics.Integer(closes);
                metrics.Numeric(Money(closes * (800 + (_random.NextDouble() * 3000))));
                metrics.Timestamp(created);
                metrics.Timestamp(created);
            }
        }

        Done("daily_metrics", metrics);
    }

    /// <summary>
    /// Campaigns and their daily stats. The daily rows are loaded first: the trigger that adds them to their campaign's
    /// totals finds no campaign yet (keys and foreign keys are off while loading), and each campaign is then written
    /// with the totals of its days, as the trigger would have left them.
    /// </summary>
    [ScaleTables(520, "ad_performance", "ad_campaigns")]
    private void WriteAdCampaigns(Npgsql.NpgsqlConnection connection)
    {
        var campaigns = new List<(Guid Id, DateOnly Start, int Days, decimal Spend, decimal Revenue, DateTimeOffset Created)>();
        using (var performance = Copy(connection, "ad_performance",
                   "id, campaign_id, date, spend, impressions, clicks, leads, revenue, created_at, updated_at"))
        {
            for (var c = 0; c < _plan.AdCampaigns; c++)
            {
                var created = Slot(_start, History, c, _plan.AdCampaigns);
                var (id, start, days) = (IdAt(created), DateOf(created), 30 + _random.Next(90));
                var (spend, revenue) = (0m, 0m);
                for (var d = 0; d < days && start.AddDays(d) < _today; d++)
                {
                    var daySpend = c % 7 == 6 ? 0 : Money(20 + (_random.NextDouble() * 200));
                    var dayRevenue = Chance(0.2) ? Money(500 + (_random.NextDouble() * 3000)) : 0m;
                    var impressions = 500 + _random.Next(20_000);
                    var clicks = impressions * _random.Next(1, 40) / 1000;
                    var at = created + TimeSpan.FromDays(d + 1);
                    performance.StartRow();
                    performance.Uuid(IdAt(at));
                    performance.Uuid(id);
                    performance.Date(start.AddDays(d));
                    performance.Numeric(daySpend);
                    performance.Integer(impressions);
                    performance.Integer(clicks);
                    performance.Integer(clicks * _random.Next(15) / 100);
                    performance.Numeric(dayRevenue);
                    performance.Timestamp(at);
                    performance.Timestamp(at);
                    (spend, revenue) = (spend + daySpend, revenue + dayRevenue);
                }

                campaigns.Add((id, start, days, spend, revenue, created));
            }

            Done("ad_performance", performance);
        }

        using var rows = Copy(connection, "ad_campaigns",
            "id, name, platform, start_date, end_date, budget, is_active, total_spend, total_revenue, created_at, updated_at");
        for (var c = 0; c < campaigns.Count; c++)
        {
            var (id, start, days, spend, revenue, created) = campaigns[c];
            var end = start.AddDays(days);
            rows.StartRow();
            rows.Uuid(id);
            rows.Text($"{Pick(Campaigns)} #{c} {_runTag}");
            rows.Text(AdPlatforms[c % AdPlatforms.Length]);
            rows.Date(start);
            rows.Date(end);
            rows.Numeric(Chance(0.8) ? Money(1000 + (_random.NextDouble() * 20_000)) : null);
            rows.Boolean(end >= _today);
            rows.Numeric(spend);
            rows.Numeric(revenue);
            rows.Timestamp(created);
            rows.Timestamp(created);
        }

        Done("ad_campaigns", rows);
    }

    [ScaleTables(530, "email_broadcasts")]
    private void WriteEmailBroadcasts(Npgsql.NpgsqlConnection connection)
    {
        using var broadcasts = Copy(connection, "email_broadcasts", "id, subject, audience, sent_at, recipients, opens, clicks, created_at, updated_at");
        for (var b = 0; b < _plan.EmailBroadcasts; b++)
        {
            var created = Slot(_start, History, b, _plan.EmailBroadcasts);
            var draft = b == _plan.EmailBroadcasts - 1;
            var recipients = draft ? 0 : 500 + _random.Next(20_000);
            var opens = recipients * _random.Next(10, 50) / 100;
            broadcasts.StartRow();
            broadcasts.Uuid(IdAt(created));
            broadcasts.Text($"Newsletter #{b + 1}");
            broadcasts.Text(Chance(0.5) ? "Parents list" : "All contacts");
            broadcasts.Timestamp(draft ? null : created);
            broadcasts.Integer(recipients);
            broadcasts.Integer(opens);
            broadcasts.Integer(opens * _random.Next(5, 30) / 100);
            broadcasts.Timestamp(created);
            broadcasts.Timestamp(created);
        }

        Done("email_broadcasts", broadcasts);
    }

    /// <summary>Center check-ins and check-outs of some students' visits (session check-ins need lessons, which come
    /// with the Studio module).</summary>
    [ScaleTables(540, "attendance_logs")]
    private void WriteAttendanceLogs(Npgsql.NpgsqlConnection connection)
    {
        using var logs = Copy(connection, "attendance_logs", "id, student_id, lesson_id, event_type, recorded_at, recorded_by_id, created_at, updated_at");
        for (var j = 0; j < _studentIds.Length; j++)
        {
            var visits = _random.Next(4);
            for (var v = 0; v < visits; v++)
            {
                var arrived = Between(_studentCreated[j], _now);
                foreach (var (type, at) in new[] { ("CENTER_CHECK_IN", arrived), ("CENTER_CHECK_OUT", Min(arrived + TimeSpan.FromMinutes(45 + _random.Next(90)), _now)) })
                {
                    logs.StartRow();
                    logs.Uuid(IdAt(at));
                    logs.Uuid(_studentIds[j]);
                    logs.Uuid(Guid.Empty);
                    logs.Text(type);
                    logs.Timestamp(at);
                    logs.Uuid(Guid.Empty);
                    logs.Timestamp(at);
                    logs.Timestamp(at);
                }
            }
        }

        Done("attendance_logs", logs);
    }
}
