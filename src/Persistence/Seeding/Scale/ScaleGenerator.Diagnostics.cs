using Graph.Persistence.Diagnostics;
using static Graph.Persistence.Seeding.Scale.ScaleVocabulary;

namespace Graph.Persistence.Seeding.Scale;

internal sealed partial class ScaleGenerator
{
    private const byte Pending = 0, Confirmed = 1, SampleCollected = 2, Processing = 3, Completed = 4, Cancelled = 5;

    private static readonly string[] BookingStatuses = ["PENDING", "CONFIRMED", "SAMPLE_COLLECTED", "PROCESSING", "COMPLETED", "CANCELLED"];

    private Guid[] _petIds = [];
    private int[] _customerPetStart = [];

    private DistancePricingConfig[] _distancePricing = [];

    private Guid[] _bookingIds = [];
    private int[] _bookingCustomer = [];
    private int[] _bookingPet = [];
    private decimal[] _bookingKm = [];
    private byte[] _bookingStatus = [];
    private DateTimeOffset[] _bookingDate = [];
    private DateTimeOffset[] _bookingCreated = [];
    private int[] _bookingItemStart = [];
    private Guid[] _bookingGroup = [];

    private Guid[] _itemIds = [];
    private int[] _itemBooking = [];
    private short[] _itemTest = [];
    private byte[] _itemQuantity = [];

    /// <summary>A distance pricing per quarter of the history, each ending the day before the next begins; the last has no end.</summary>
    [ScaleTables(25, "distance_pricing_configs")]
    private void WriteDistancePricing(Npgsql.NpgsqlConnection connection)
    {
        using var configs = Copy(connection, "distance_pricing_configs",
            "id, base_charge, charge_per_km, max_free_distance_km, effective_from, effective_until, is_active, updated_by_id, created_at, updated_at");
        const int quarters = 8;
        _distancePricing = new DistancePricingConfig[quarters];
        for (var q = 0; q < quarters; q++)
        {
            var from = DateOf(_start).AddDays(91 * q);
            var created = _start.AddDays(91 * q);
            var config = _distancePricing[q] = new DistancePricingConfig
            {
                BaseCharge = 30m + 5 * q,
                ChargePerKm = 3m + q / 2,
                MaxFreeDistanceKm = q % 2 == 0 ? 2m : 3m,
                EffectiveFrom = from,
                EffectiveUntil = q == quarters - 1 ? null : from.AddDays(90),
            };
            configs.StartRow();
            configs.Uuid(IdAt(created));
            configs.Numeric(config.BaseCharge);
            configs.Numeric(config.ChargePerKm);
            configs.Numeric(config.MaxFreeDistanceKm);
            configs.Date(config.EffectiveFrom);
            configs.Date(config.EffectiveUntil);
            configs.Boolean(true);
            configs.Uuid(_adminId);
            configs.Timestamp(created);
            configs.Timestamp(created);
        }

        Done("distance_pricing_configs", configs);
    }

    [ScaleTables(30, "pets")]
    private void WritePets(Npgsql.NpgsqlConnection connection)
    {
        using var pets = Copy(connection, "pets", "id, user_id, name, species, breed, age_years, weight_kg, medical_history, is_active, created_at, updated_at");
        var ids = new List<Guid>((int)(_customerIds.Length * 1.6));
        _customerPetStart = new int[_customerIds.Length + 1];
        for (var c = 0; c < _customerIds.Length; c++)
        {
            _customerPetStart[c] = ids.Count;
            var count = 1 + (Chance(0.45) ? 1 : 0) + (Chance(0.1) ? 1 : 0);
            for (var p = 0; p < count; p++)
            {
                var created = _customerCreated[c] + TimeSpan.FromMinutes(5 + p);
                var id = IdAt(created);
                ids.Add(id);
                var (species, breeds, minKg, maxKg) = Pick(Species);
                pets.StartRow();
                pets.Uuid(id);
                pets.Uuid(_customerIds[c]);
                pets.Text(Pick(PetNames));
                pets.Text(species);
                pets.Text(Pick(breeds));
                pets.Numeric(Money(0.2 + _random.NextDouble() * 14));
                pets.Numeric(Money(minKg + _random.NextDouble() * (maxKg - minKg)));
                pets.Text(Chance(0.3) ? Pick(MedicalHistories) : null);
                pets.Boolean(!Chance(0.03));
                pets.Timestamp(created);
                pets.Timestamp(created);
            }
        }

        _customerPetStart[_customerIds.Length] = ids.Count;
        _petIds = ids.ToArray();
        Done("pets", pets);
    }

    [ScaleTables(40, "bookings")]
    private void WriteBookings(Npgsql.NpgsqlConnection connection)
    {
        using var bookings = Copy(connection, "bookings",
            "id, user_id, pet_id, booking_date, status, address, address_link, collection_staff_id, notes, estimated_distance_km, created_at, updated_at");
        var n = _plan.Bookings;
        _bookingIds = new Guid[n];
        _bookingCustomer = new int[n];
        _bookingPet = new int[n];
        _bookingKm = new decimal[n];
        _bookingStatus = new byte[n];
        _bookingDate = new DateTimeOffset[n];
        _bookingCreated = new DateTimeOffset[n];
        _bookingItemStart = new int[n + 1];
        var customerEpoch = _start - TimeSpan.FromDays(30);
        var items = 0;
        for (var i = 0; i < n; i++)
        {
            var created = Slot(_start, History, i, n);
            // Only customers who had signed up by then book; the earlier ones have had longer to book often.
            var signedUp = (int)Math.Clamp(_customerIds.Length * ((created - customerEpoch) / History), 1, _customerIds.Length);
            var customer = _random.Next(signedUp);
            var firstPet = _customerPetStart[customer];
            var pet = firstPet + _random.Next(_customerPetStart[customer + 1] - firstPet);
            var date = created + (Chance(0.7) ? TimeSpan.FromHours(_random.Next(2, 72)) : TimeSpan.FromHours(_random.Next(72, 720)));
            var status = StatusFor(date);
            var id = IdAt(created);
            _bookingIds[i] = id;
            _bookingCustomer[i] = customer;
            _bookingPet[i] = pet;
            _bookingKm[i] = Money(0.5 + _random.NextDouble() * 24.5);
            _bookingStatus[i] = status;
            _bookingDate[i] = date;
            _bookingCreated[i] = created;
            _bookingItemStart[i] = items;
            items += 1 + (Chance(0.6) ? 1 : 0) + (Chance(0.25) ? 1 : 0);

            var collected = status is SampleCollected or Processing or Completed || (status == Confirmed && Chance(0.7));
            var address = _customerAddress[customer];
            bookings.StartRow();
            bookings.Uuid(id);
            bookings.Uuid(_customerIds[customer]);
            bookings.Uuid(_petIds[pet]);
            bookings.Timestamp(date);
            bookings.Text(BookingStatuses[status]);
            bookings.Text(address);
            bookings.Text("https://maps.example.com/?q=" + address.Replace(' ', '+'));
            bookings.Uuid(collected ? _collectorIds[_random.Next(_collectorIds.Length)] : Guid.Empty);
            bookings.Text(Chance(0.15) ? Pick(BookingNotes) : null);
            bookings.Numeric(_bookingKm[i]);
            bookings.Timestamp(created);
            bookings.Timestamp(status is Pending ? created : Min(date.AddHours(_random.Next(1, 96)), _now));
        }

        _bookingItemStart[n] = items;
        Done("bookings", bookings);
    }

    // What became of a booking by now, from when it was (to be) collected.
    private byte StatusFor(DateTimeOffset date)
    {
        var roll = _random.NextDouble();
        var age = _now - date;
        if (age < TimeSpan.Zero)
            return roll < 0.35 ? Pending : roll < 0.95 ? Confirmed : Cancelled;
        if (age < TimeSpan.FromDays(1))
            return roll < 0.5 ? SampleCollected : roll < 0.8 ? Processing : roll < 0.95 ? Confirmed : Cancelled;
        if (age < TimeSpan.FromDays(4))
            return roll < 0.45 ? Processing : roll < 0.9 ? Completed : roll < 0.95 ? SampleCollected : Cancelled;
        return roll < 0.92 ? Completed : Cancelled;
    }

    private static string ItemStatusFor(byte bookingStatus) => bookingStatus switch
    {
        SampleCollected => "COLLECTED",
        Processing => "PROCESSING",
        Completed => "COMPLETED",
        _ => "PENDING",
    };

    [ScaleTables(50, "booking_items")]
    private void WriteBookingItems(Npgsql.NpgsqlConnection connection)
    {
        using var writer = Copy(connection, "booking_items", "id, booking_id, lab_test_id, quantity, unit_price, status, created_at, updated_at");
        var total = _bookingItemStart[^1];
        _itemIds = new Guid[total];
        _itemBooking = new int[total];
        _itemTest = new short[total];
        _itemQuantity = new byte[total];
        var tests = _catalog.LabTests;
        Span<int> chosen = stackalloc int[3];
        for (var b = 0; b < _bookingIds.Length; b++)
        {
            var first = _bookingItemStart[b];
            var count = _bookingItemStart[b + 1] - first;
            for (var k = 0; k < count; k++)
            {
                // Distinct tests within a booking.
                int test;
                do
                    test = _random.Next(tests.Length);
                while (chosen[..k].Contains(test));
                chosen[k] = test;

                var item = first + k;
                var created = _bookingCreated[b];
                var id = IdAt(created);
                _itemIds[item] = id;
                _itemBooking[item] = b;
                _itemTest[item] = (short)test;
                _itemQuantity[item] = (byte)(Chance(0.05) ? 2 : 1);
                writer.StartRow();
                writer.Uuid(id);
                writer.Uuid(_bookingIds[b]);
                writer.Uuid(tests[test].Id);
                writer.Integer(_itemQuantity[item]);
                writer.Numeric(tests[test].Price);
                writer.Text(ItemStatusFor(_bookingStatus[b]));
                writer.Timestamp(created);
                writer.Timestamp(created);
            }
        }

        Done("booking_items", writer);
    }

    [ScaleTables(60, "test_batch_groups")]
    private void WriteBatchGroups(Npgsql.NpgsqlConnection connection)
    {
        using var groups = Copy(connection, "test_batch_groups", "id, booking_id, batch_name, description, created_at, updated_at");
        _bookingGroup = new Guid[_bookingIds.Length];
        for (var b = 0; b < _bookingIds.Length; b++)
        {
            var items = _bookingItemStart[b + 1] - _bookingItemStart[b];
            if (_bookingStatus[b] is not (SampleCollected or Processing or Completed) || items < 2 || !Chance(0.4))
                continue;
            var created = Min(_bookingDate[b].AddHours(1), _now);
            var id = IdAt(created);
            _bookingGroup[b] = id;
            groups.StartRow();
            groups.Uuid(id);
            groups.Uuid(_bookingIds[b]);
            groups.Text($"Panel {_bookingDate[b]:yyyy-MM-dd}");
            groups.Text(Chance(0.5) ? $"{items} tests collected together." : null);
            groups.Timestamp(created);
            groups.Timestamp(created);
        }

        Done("test_batch_groups", groups);
    }

    [ScaleTables(70, "test_reports")]
    private void WriteTestReports(Npgsql.NpgsqlConnection connection)
    {
        using var reports = Copy(connection, "test_reports",
            "id, booking_item_id, pet_id, lab_test_id, batch_group_id, report_file_url, findings, status, generated_at, verified_at, delivered_at, created_at, updated_at");
        for (var item = 0; item < _itemIds.Length; item++)
        {
            var b = _itemBooking[item];
            var bookingStatus = _bookingStatus[b];
            if (bookingStatus is not (SampleCollected or Processing or Completed))
                continue;
            var collectedAt = _bookingDate[b];
            var oldEnough = _now - collectedAt > TimeSpan.FromDays(7);
            var status = bookingStatus switch
            {
                SampleCollected => 0,
                Processing => Chance(0.5) ? 0 : 1,
                _ => Chance(oldEnough ? 0.97 : 0.8) ? 3 : 2,
            };
            var created = Min(collectedAt.AddHours(2), _now);
            DateTimeOffset? generated = status >= 1 ? Min(collectedAt.AddHours(6 + _random.Next(48)), _now) : null;
            DateTimeOffset? verified = status >= 2 ? Min(generated!.Value.AddHours(1 + _random.Next(12)), _now) : null;
            DateTimeOffset? delivered = status >= 3 ? Min(verified!.Value.AddHours(_random.Next(1, 6)), _now) : null;
            var id = IdAt(created);
            reports.StartRow();
            reports.Uuid(id);
            reports.Uuid(_itemIds[item]);
            reports.Uuid(_petIds[_bookingPet[b]]);
            reports.Uuid(_catalog.LabTests[_itemTest[item]].Id);
            reports.Uuid(_bookingGroup[b]);
            reports.Text(status >= 1 ? $"https://files.example.com/reports/{id:N}.pdf" : null);
            reports.Text(status >= 1 ? Pick(Findings) : null);
            reports.Text(status switch { 0 => "PENDING", 1 => "GENERATED", 2 => "VERIFIED", _ => "DELIVERED" });
            reports.Timestamp(generated);
            reports.Timestamp(verified);
            reports.Timestamp(delivered);
            reports.Timestamp(created);
            reports.Timestamp(delivered ?? verified ?? generated ?? created);
        }

        Done("test_reports", reports);
    }
}
