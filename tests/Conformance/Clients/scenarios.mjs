// What a partner of each business does, written once for every client (apollo.mjs and urql.mjs supply `client`):
// sign in, write, then page through a filtered and sorted list and find the write in it. Together the scenarios run
// every operation in docs/examples/ (live.mjs checks), so the examples docs/partners.md shows are all run.
export const demoPassword = 'demo-password';
export const demoEmail = (role) => `${role.toLowerCase()}@demo.graph`;

const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

const ids = (nodes) => nodes.map((node) => node.id);

export const scenarios = [
  {
    business: 'accounts',
    async run(client) {
      const email = `partner-${stamp}@example.com`;
      const registered = await client.anonymous().mutate('Register', { input: { email, password: 'a long enough secret', firstName: 'Pat' } }, 'register');
      check(registered.accessToken && registered.user?.email === email, `register answered ${JSON.stringify(registered)}`);
      const refreshed = await client.anonymous().mutate('RefreshToken', { refreshToken: registered.refreshToken }, 'refreshToken');
      check(refreshed.accessToken && refreshed.refreshToken !== registered.refreshToken, 'refreshToken did not rotate the refresh token');
      const session = await client.signIn(email, 'a long enough secret');
      check(session.user.roles.includes('CUSTOMER'), `a registered account is a CUSTOMER, not ${session.user.roles}`);
      return `registered ${email}, refreshed its token and signed in`;
    },
  },
  {
    business: 'pet lab',
    async run(client) {
      const customer = await client.signIn(demoEmail('CUSTOMER'), demoPassword);
      const created = await customer.mutate(
        'PetLabCreatePet',
        { input: { name: `Pepper ${stamp}`, species: 'Dog', breed: 'Border Collie', ageYears: 2, weightKg: 17.5 } },
        'createPet',
      );
      check(created.pet.owner.id === customer.user.id, 'the new pet is not owned by the customer who created it');
      // `ieq`: any case of the species matches.
      const dogs = await customer.pageAll('PetLabPets', { first: 1, species: 'DOG' }, 'pets');
      check(dogs.pages >= 2, `one pet a page over ${dogs.totalCount} dogs took ${dogs.pages} page(s)`);
      check(dogs.nodes.every((pet) => pet.species.toLowerCase() === 'dog'), `not only dogs: ${dogs.nodes.map((pet) => pet.species)}`);
      check(ids(dogs.nodes).includes(created.pet.id), 'the new pet is missing from the paged list');
      const names = dogs.nodes.map((pet) => pet.name);
      check(names.join('\n') === [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n'), `not sorted by name: ${names}`);
      const tests = await customer.query('PetLabTests', { first: 5, maxPrice: 1000 }, 'labTests');
      const prices = tests.nodes.map((test) => Number(test.price));
      check(tests.nodes.length > 0 && prices.every((price, i) => price <= 1000 && (i === 0 || prices[i - 1] <= price)), `lab tests not cheapest first under 1000: ${prices}`);
      return `created a pet, paged ${dogs.totalCount} dogs in ${dogs.pages} pages, listed ${tests.nodes.length} lab tests`;
    },
  },
  {
    business: 'pet lab uploads',
    requires: 'uploads',
    uses: ['PetLabBookings', 'PetLabUploadPrescription'],
    async run(client) {
      const customer = await client.signIn(demoEmail('CUSTOMER'), demoPassword);
      const bookings = await customer.query('PetLabBookings', { first: 5 }, 'bookings');
      check(bookings.nodes.length > 0, 'the demo customer has no booking');
      // A 1×1 PNG: the server keeps only PDF, JPEG and PNG, by their bytes.
      const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAghZrmQAAAABJRU5ErkJggg==', 'base64');
      const file = new File([png], 'prescription.png', { type: 'image/png' });
      const uploaded = await customer.mutate('PetLabUploadPrescription', { bookingId: bookings.nodes[0].id, file }, 'uploadPrescription');
      const stored = uploaded.prescriptionUpload;
      check(stored.fileType === 'image/png' && Number(stored.fileSizeBytes) === png.length, `stored ${JSON.stringify(stored)}`);
      const download = await fetch(new URL(stored.fileUrl, client.endpoint), { headers: { authorization: `Bearer ${customer.token}` } });
      const bytes = Buffer.from(await download.arrayBuffer());
      check(download.ok && bytes.equals(png), `downloading ${stored.fileUrl} answered ${download.status} with ${bytes.length} bytes`);
      return `uploaded a prescription for a booking as multipart and downloaded it back`;
    },
  },
  {
    business: 'therapy and programs',
    async run(client) {
      const programs = await client.anonymous().pageAll('TherapyPrograms', { first: 1, search: 'THERAPY' }, 'programs');
      check(programs.totalCount >= 2 && programs.pages === programs.totalCount, `${programs.totalCount} therapy programs in ${programs.pages} pages`);
      check(programs.nodes.every((program) => /therapy/i.test(program.name)), `icontains let through ${programs.nodes.map((p) => p.name)}`);
      const sales = await client.signIn(demoEmail('SALES'), demoPassword);
      const active = await sales.pageAll('TherapyEnrollments', { first: 2, status: 'ACTIVE' }, 'enrollments');
      check(active.nodes.length > 0 && active.nodes.every((enrollment) => enrollment.status === 'ACTIVE'), 'no ACTIVE enrollment to freeze');
      const enrollment = active.nodes.find((candidate) => candidate.freezeDaysAllowed - candidate.freezeDaysUsed >= 3);
      check(enrollment, 'no ACTIVE enrollment has 3 freeze days left');
      const frozen = await sales.mutate('TherapyFreezeEnrollment', { enrollmentId: enrollment.id, days: 3 }, 'freezeEnrollment');
      check(frozen.enrollment.status === 'FROZEN' && frozen.enrollment.freezeDaysUsed === enrollment.freezeDaysUsed + 3, `freeze answered ${JSON.stringify(frozen)}`);
      const resumed = await sales.mutate('TherapyResumeEnrollment', { enrollmentId: enrollment.id }, 'resumeEnrollment');
      check(resumed.enrollment.status === 'ACTIVE' && resumed.enrollment.freezeDaysUsed === enrollment.freezeDaysUsed, `resume answered ${JSON.stringify(resumed)}`);
      return `paged ${programs.totalCount} programs, ${active.totalCount} active enrollments, froze and resumed one`;
    },
  },
  {
    business: 'music studio',
    async run(client) {
      const student = await client.signIn(demoEmail('STUDENT'), demoPassword);
      const from = new Date(Date.now() - 90 * 86_400_000).toISOString();
      const to = new Date(Date.now() + 90 * 86_400_000).toISOString();
      const lessons = await student.pageAll('StudioLessons', { first: 2, from, to }, 'lessons');
      check(lessons.nodes.length > 0, 'the demo student has no lesson');
      const starts = lessons.nodes.map((lesson) => Date.parse(lesson.scheduledStart));
      check(starts.every((start, i) => start >= Date.parse(from) && start < Date.parse(to) && (i === 0 || starts[i - 1] <= start)), 'lessons outside the window or not soonest first');
      const unread = await student.pageAll('StudioUnreadNotifications', { first: 2 }, 'notifications');
      check(unread.nodes.length > 0 && unread.nodes.every((notification) => !notification.isRead), 'no unread notification for the demo student');
      const read = await student.mutate('StudioMarkNotificationRead', { notificationId: unread.nodes[0].id }, 'markNotificationRead');
      check(read.notification.isRead && read.notification.readAt, `markNotificationRead answered ${JSON.stringify(read)}`);
      check(read.notification.user.unreadNotificationCount === unread.totalCount - 1, `${read.notification.user.unreadNotificationCount} unread after reading one of ${unread.totalCount}`);
      return `paged ${lessons.totalCount} lessons in ${lessons.pages} pages, ${unread.totalCount} unread notifications, read one`;
    },
  },
  {
    business: 'sales and CRM',
    async run(client) {
      const sales = await client.signIn(demoEmail('SALES'), demoPassword);
      const created = await sales.mutate(
        'SalesCreateLead',
        { input: { firstName: 'Ada', lastName: `Partner ${stamp}`, email: `ada.${stamp}@example.com`, source: 'Partner form', score: 42 } },
        'createLead',
      );
      check(created.lead.status === 'NEW', `a new lead is ${created.lead.status}`);
      const contacted = await sales.mutate('SalesUpdateLeadStatus', { leadId: created.lead.id, status: 'CONTACTED' }, 'updateLeadStatus');
      check(contacted.lead.status === 'CONTACTED', `the lead is ${contacted.lead.status}`);
      const funnel = await sales.pageAll('SalesLeads', { first: 2, statuses: ['NEW', 'CONTACTED'] }, 'leads');
      check(funnel.pages >= 2, `the funnel fit in ${funnel.pages} page(s) of 2`);
      check(funnel.nodes.every((lead) => ['NEW', 'CONTACTED'].includes(lead.status)), 'the funnel has leads of other statuses');
      check(ids(funnel.nodes).includes(created.lead.id), 'the new lead is missing from the funnel');
      const scores = funnel.nodes.map((lead) => lead.score);
      check(scores.every((score, i) => i === 0 || scores[i - 1] >= score), `not highest score first: ${scores}`);
      return `created a lead, moved it to CONTACTED, paged ${funnel.totalCount} open leads in ${funnel.pages} pages`;
    },
  },
  {
    business: 'patient journey',
    async run(client) {
      const patient = await client.signIn(demoEmail('PATIENT'), demoPassword);
      const statuses = ['SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'];
      const consultations = await patient.pageAll('JourneyConsultations', { first: 1, statuses }, 'consultations');
      check(consultations.nodes.length > 0, 'the demo patient has no consultation');
      const times = consultations.nodes.map((consultation) => Date.parse(consultation.scheduledAt));
      check(times.every((time, i) => i === 0 || times[i - 1] <= time), 'consultations not soonest first');
      const profile = consultations.nodes[0].patientProfile.id;
      const recorded = await patient.mutate(
        'JourneyRecordEvent',
        { input: { eventType: 'partner.consultations_viewed', patientProfileId: profile, source: 'partner-app', eventData: { count: consultations.totalCount } } },
        'recordJourneyEvent',
      );
      check(recorded.recordedAt, 'recordJourneyEvent recorded nothing');
      return `paged ${consultations.totalCount} consultations in ${consultations.pages} pages, recorded a journey event`;
    },
  },
  {
    business: 'webhooks',
    async run(client) {
      const customer = await client.signIn(demoEmail('CUSTOMER'), demoPassword);
      const created = await customer.mutate(
        'CreateWebhook',
        {
          url: 'http://127.0.0.1:9/graph-events',
          subscription: 'subscription { bookingStatusChanged { previousStatus status booking { id status } } }',
          description: `partner guide ${stamp}`,
        },
        'createWebhook',
      );
      check(created.secret?.startsWith('whsec_') && created.webhook.enabled, `createWebhook answered ${JSON.stringify(created)}`);
      const mine = await customer.query('MyWebhooks', { first: 10 }, 'webhooks');
      check(ids(mine.nodes).includes(created.webhook.id), 'the new webhook is not listed');
      const deleted = await customer.mutate('DeleteWebhook', { id: created.webhook.id }, 'deleteWebhook');
      check(deleted.webhook.id === created.webhook.id, 'deleteWebhook removed another webhook');
      return 'registered, listed and deleted a webhook';
    },
  },
];
