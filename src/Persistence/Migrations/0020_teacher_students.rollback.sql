DROP FUNCTION IF EXISTS teacher_sees_student(uuid, uuid);
